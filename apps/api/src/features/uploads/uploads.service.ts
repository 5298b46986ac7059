import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UPLOAD_FIELD, UPLOAD_LIMITS, type Role, type UploadView } from '@sen/contracts';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import type { AuthenticatedContext } from '../../core/access/actor';
import { covers } from '../../core/access/scope';
import { AuditWriter } from '../../core/audit/audit-writer';
import { AppError } from '../../core/http/app-error';
import { detectType, processImage, UnreadableImageError } from './upload-content';
import { TooLargeError, UploadStorage } from './upload-storage';
import { UploadsRepository, type StoredFile } from './uploads.repository';

const AUTHORS: readonly Role[] = ['admin', 'trainer'];
const LARGEST = Math.max(...Object.values(UPLOAD_LIMITS));

export interface IncomingFile {
  fieldName: string;
  fileName: string;
  stream: Readable;
}

/** What the file route streams: where the bytes are and how to label them. */
export interface FileToServe {
  key: string;
  mimeType: string;
  fileName: string;
  /** Documents always download; images and videos may show in the page. */
  inline: boolean;
}

/** Keeps the name a person gave the file for display only: no folders, no control characters, bounded. */
export function displayName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(-200);
  return clean || 'file';
}

function tooLarge(limit: number): AppError {
  const mib = Math.floor(limit / (1024 * 1024));
  return AppError.field('UPLOAD_TOO_LARGE', UPLOAD_FIELD, `The file is larger than ${mib} MiB`);
}

@Injectable()
export class UploadsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly uploads: UploadsRepository,
    private readonly storage: UploadStorage,
    private readonly audit: AuditWriter,
  ) {}

  /**
   * Stores one uploaded file for a course's authors. Nothing is kept unless everything succeeds: the
   * temporary file is always removed, and stored files are removed again if the row cannot be written.
   */
  async create(ctx: AuthenticatedContext, courseId: string, file: IncomingFile | undefined): Promise<UploadView> {
    const owner = await this.uploads.courseOwner(courseId);
    if (!owner || !covers(ctx.actor, AUTHORS, owner.path)) {
      file?.stream.resume();
      throw AppError.notFound('Course');
    }
    if (!file || file.fieldName !== UPLOAD_FIELD) {
      file?.stream.resume();
      throw AppError.field('VALIDATION_FAILED', UPLOAD_FIELD, `Send the file in the multipart field "${UPLOAD_FIELD}"`);
    }

    let received: { path: string; size: number };
    try {
      received = await this.storage.receive(file.stream, LARGEST);
    } catch (error) {
      if (error instanceof TooLargeError || (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
        throw tooLarge(LARGEST);
      }
      throw error;
    }

    const id = randomUUID();
    const written: string[] = [];
    try {
      const type = await detectType(received.path);
      if (!type) {
        throw AppError.field(
          'UPLOAD_TYPE_NOT_ALLOWED',
          UPLOAD_FIELD,
          'Only JPEG, PNG or WebP images, MP4 videos and PDF, DOCX or XLSX documents',
        );
      }
      if (received.size > UPLOAD_LIMITS[type.kind]) throw tooLarge(UPLOAD_LIMITS[type.kind]);
      if (received.size === 0) throw AppError.field('VALIDATION_FAILED', UPLOAD_FIELD, 'The file is empty');

      const storageKey = this.storage.keyFor(id);
      let stored = { sizeBytes: received.size, width: null as number | null, height: null as number | null };
      let variants: { width: number; key: string }[] = [];
      if (type.kind === 'image') {
        const target = await this.storage.prepare(storageKey);
        written.push(target);
        const image = await processImage(received.path, type.mimeType, target, async (width) => {
          const path = await this.storage.prepare(this.storage.keyFor(id, width));
          written.push(path);
          return path;
        });
        stored = { sizeBytes: image.sizeBytes, width: image.width, height: image.height };
        variants = image.variantWidths.map((width) => ({ width, key: this.storage.keyFor(id, width) }));
      } else {
        written.push(this.storage.pathOf(storageKey));
        await this.storage.moveIn(received.path, storageKey);
      }

      const fileName = displayName(file.fileName);
      await this.db.transaction(async (manager) => {
        await this.uploads.insert(manager, {
          id,
          unitId: owner.unitId,
          uploadedBy: ctx.actor.userId,
          kind: type.kind,
          fileName,
          mimeType: type.mimeType,
          storageKey,
          variants,
          ...stored,
        });
        await this.audit.record(manager, ctx, {
          action: 'upload.create',
          targetType: 'upload',
          targetId: id,
          unitId: owner.unitId,
          details: { courseId, kind: type.kind, mimeType: type.mimeType, sizeBytes: stored.sizeBytes, fileName },
        });
      });
    } catch (error) {
      await this.storage.remove(written);
      if (error instanceof UnreadableImageError) {
        throw AppError.field('UPLOAD_TYPE_NOT_ALLOWED', UPLOAD_FIELD, 'The image could not be read');
      }
      throw error;
    } finally {
      await this.storage.remove([received.path]);
    }
    return (await this.uploads.view(id))!;
  }

  /** Any signed-in user may fetch a file by its unguessable id: lesson readers span many units. */
  async file(id: string, variant?: `w${number}`): Promise<FileToServe> {
    const stored = await this.uploads.storedFile(id);
    if (!stored) throw AppError.notFound('File');
    if (variant === undefined) return this.serve(stored, stored.storageKey, stored.mimeType);
    const width = Number(variant.slice(1));
    const copy = stored.variants.find((v) => v.width === width);
    if (!copy) throw AppError.notFound('File');
    return this.serve(stored, copy.key, 'image/webp');
  }

  private serve(stored: StoredFile, key: string, mimeType: string): FileToServe {
    return { key, mimeType, fileName: stored.fileName, inline: stored.kind !== 'document' };
  }
}
