import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';

export type ReportFileKind = 'pdf' | 'xlsx';

export const REPORT_MIME: Record<ReportFileKind, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The name a recipient's mail client or a browser saves the file under. */
export function reportFileName(periodKey: string, kind: ReportFileKind): string {
  return `bao-cao-dao-tao-${periodKey}.${kind}`;
}

/**
 * A report's two files under `<UPLOAD_DIR>/reports/`, named by the report's id: a retried build writes the same
 * names again rather than leaving orphans. Each lands atomically (written beside its place, then renamed), so a
 * download or a mail never picks up half a file.
 */
@Injectable()
export class ReportFiles {
  private readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.root = resolve(config.uploadDir);
  }

  relativePath(reportId: string, kind: ReportFileKind): string {
    return `reports/${reportId}.${kind}`;
  }

  absolutePath(relative: string): string {
    if (!/^reports\/[0-9a-f-]{36}\.(pdf|xlsx)$/.test(relative)) throw new Error(`not a report file: ${relative}`);
    return join(this.root, relative);
  }

  /** Writes the bytes in place and returns their path and SHA-256. */
  async write(reportId: string, kind: ReportFileKind, bytes: Buffer): Promise<{ path: string; sha256: string }> {
    const path = this.relativePath(reportId, kind);
    const dir = join(this.root, 'reports');
    const temp = join(dir, `.${randomUUID()}.tmp`);
    try {
      await mkdir(dir, { recursive: true });
      await writeFile(temp, bytes, { flag: 'wx' });
      await rename(temp, this.absolutePath(path));
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    return { path, sha256: createHash('sha256').update(bytes).digest('hex') };
  }

  read(relative: string): Promise<Buffer> {
    return readFile(this.absolutePath(relative));
  }
}
