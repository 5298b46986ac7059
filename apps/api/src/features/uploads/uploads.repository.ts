import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UploadKind, UploadView } from '@sen/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { uploadViewSql } from './upload-view.sql';

export interface NewUpload {
  id: string;
  unitId: string;
  uploadedBy: string;
  kind: UploadKind;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  storageKey: string;
  width: number | null;
  height: number | null;
  variants: { width: number; key: string }[];
}

export interface StoredFile {
  kind: UploadKind;
  fileName: string;
  mimeType: string;
  storageKey: string;
  variants: { width: number; key: string }[];
}

@Injectable()
export class UploadsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The course's owner unit, to which its authors' uploads are attributed. */
  async courseOwner(courseId: string): Promise<{ unitId: string; path: string } | null> {
    const rows: { unitId: string; path: string }[] = await this.db.query(
      `SELECT u.id AS "unitId", u.path FROM courses c JOIN units u ON u.id = c.owner_unit_id WHERE c.id = $1`,
      [courseId],
    );
    return rows[0] ?? null;
  }

  async insert(manager: EntityManager, u: NewUpload): Promise<void> {
    await manager.query(
      `INSERT INTO uploads (id, unit_id, uploaded_by, kind, file_name, mime_type, size_bytes, storage_key, width, height, variants)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        u.id,
        u.unitId,
        u.uploadedBy,
        u.kind,
        u.fileName,
        u.mimeType,
        u.sizeBytes,
        u.storageKey,
        u.width,
        u.height,
        JSON.stringify(u.variants),
      ],
    );
  }

  async view(id: string, manager: EntityManager = this.db.manager): Promise<UploadView | null> {
    const rows: { view: UploadView }[] = await manager.query(
      `SELECT ${uploadViewSql('up')} AS view FROM uploads up WHERE up.id = $1`,
      [id],
    );
    return rows[0]?.view ?? null;
  }

  async storedFile(id: string): Promise<StoredFile | null> {
    const rows: StoredFile[] = await this.db.query(
      `SELECT kind, file_name AS "fileName", mime_type AS "mimeType", storage_key AS "storageKey", variants
         FROM uploads WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Kind and owner unit of the named uploads, for checking what a lesson or course may point at. */
  async kindsAndUnits(
    manager: EntityManager,
    ids: string[],
  ): Promise<{ id: string; kind: UploadKind; unitId: string }[]> {
    return manager.query(`SELECT id, kind, unit_id AS "unitId" FROM uploads WHERE id = ANY($1::uuid[])`, [ids]);
  }
}
