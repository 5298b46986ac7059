import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { fromVietnamWallClock, vietnamWallClock } from '../../core/time/vietnam-time';
import { UploadStorage } from '../uploads/upload-storage';
import { renderCertificate, type CertificateTemplate } from './pdf';
import { signClaims, type CertificateClaims } from './signing/certificate-claims';
import { certificateKeyRing, type CertificateKeyRing } from './signing/ed25519-keys';

/** The look a course's certificates take when nobody chose one: Sen's colours, signed by a president. */
export const DEFAULT_TEMPLATE = {
  signatoryTitle: 'Chủ tịch',
  primaryColour: '#C2185B',
  accentColour: '#B8860B',
  reminderDays: 30,
} as const;

/** Logos kept in memory by a worker: enough for the courses completing at once, a few hundred KB at most. */
const KEPT_LOGOS = 16;

/** A course's chosen template as stored, before the logo is read and the signatory resolved. */
export interface StoredTemplate {
  logoStorageKey: string | null;
  signatoryName: string | null;
  signatoryTitle: string;
  primaryColour: string;
  accentColour: string;
}

/** One issue of a certificate: its signature and its PDF, written and hashed. */
export interface ProducedCertificate {
  signature: string;
  keyId: string;
  filePath: string;
  fileSha256: string;
}

/** The claims' instant form: UTC, whole seconds, no fraction. */
export function instant(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * `months` later on Vietnam's calendar, clamped to the month's last day as PostgreSQL's interval arithmetic
 * does: 31 January + 1 month is 28 or 29 February.
 */
export function addMonthsInVietnam(from: Date, months: number): Date {
  const local = vietnamWallClock(from);
  const day = local.getUTCDate();
  const target = new Date(local);
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return fromVietnamWallClock(target);
}

/**
 * Signs claims and writes their PDF: what the issuing job and a re-issue after a correction both do. The file
 * lands atomically (written beside its place, then renamed), so a reader sees all of it or nothing.
 */
@Injectable()
export class CertificateIssuer {
  readonly keys: CertificateKeyRing;
  private readonly root: string;
  /** The web app's origin, without a trailing slash: where verification pages and credential ids live. */
  readonly publicUrl: string;
  private readonly logos = new Map<string, Buffer>();

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly uploads: UploadStorage,
  ) {
    this.keys = certificateKeyRing(config);
    this.root = resolve(config.uploadDir);
    this.publicUrl = config.publicUrl.replace(/\/+$/, '');
  }

  verificationUrl(code: string): string {
    return `${this.publicUrl}/verify/${code}`;
  }

  absolutePath(filePath: string): string {
    if (!/^certificates\/[0-9a-f-]{36}\.pdf$/.test(filePath)) throw new Error(`not a certificate file: ${filePath}`);
    return join(this.root, filePath);
  }

  /** The template to print with: the stored choice (or the default) with its logo read and a signatory named. */
  async template(stored: StoredTemplate | null, fallbackSignatory: string): Promise<CertificateTemplate> {
    return {
      logo: stored?.logoStorageKey ? await this.logo(stored.logoStorageKey) : null,
      signatoryName: stored?.signatoryName ?? fallbackSignatory,
      signatoryTitle: stored?.signatoryTitle ?? DEFAULT_TEMPLATE.signatoryTitle,
      primaryColour: stored?.primaryColour ?? DEFAULT_TEMPLATE.primaryColour,
      accentColour: stored?.accentColour ?? DEFAULT_TEMPLATE.accentColour,
    };
  }

  /**
   * A logo's bytes, kept for the next certificates of the course: an upload never changes (a new file gets a
   * new key), so the queue need not read the same file once per certificate.
   */
  private async logo(storageKey: string): Promise<Buffer> {
    const kept = this.logos.get(storageKey);
    if (kept) return kept;
    const bytes = await readFile(this.uploads.pathOf(storageKey));
    if (this.logos.size >= KEPT_LOGOS) this.logos.delete(this.logos.keys().next().value!);
    this.logos.set(storageKey, bytes);
    return bytes;
  }

  async produce(claims: CertificateClaims, template: CertificateTemplate): Promise<ProducedCertificate> {
    const signature = signClaims(claims, this.keys.current.privateKey);
    const pdf = await renderCertificate(
      {
        holderName: claims.holderName,
        courseTitle: claims.course.title,
        issuerName: claims.issuer.unitName,
        issuedAt: new Date(claims.issuedAt),
        expiresAt: claims.expiresAt ? new Date(claims.expiresAt) : null,
        shortCode: claims.code,
        verificationUrl: this.verificationUrl(claims.code),
      },
      template,
    );
    const filePath = `certificates/${randomUUID()}.pdf`;
    await this.writeAtomically(this.absolutePath(filePath), pdf);
    return {
      signature,
      keyId: this.keys.current.publicKey.kid,
      filePath,
      fileSha256: createHash('sha256').update(pdf).digest('hex'),
    };
  }

  /** Removes a file whose row was never written (a lost race, a failed transaction). */
  async discard(filePath: string): Promise<void> {
    await rm(this.absolutePath(filePath), { force: true });
  }

  private async writeAtomically(path: string, bytes: Buffer): Promise<void> {
    const dir = join(this.root, 'certificates');
    const temp = join(dir, `.${randomUUID()}.tmp`);
    try {
      // The folder exists but for the first certificate: create it only when a write finds it missing,
      // rather than asking the file system for it once per certificate.
      await writeFile(temp, bytes, { flag: 'wx' }).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
        await mkdir(dir, { recursive: true });
        await writeFile(temp, bytes, { flag: 'wx' });
      });
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }
}
