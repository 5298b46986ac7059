import type { FastifyReply } from 'fastify';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { AppError } from '../../core/http/app-error';
import { sendPrivateDownload } from '../uploads/file-response';
import { REPORT_MIME, type ReportFileKind } from './report-files';
import type { StoredReportFile } from './reports.service';

/** Streams a report's stored file as a private download: what was sent, never rendered again. */
export async function sendReportFile(reply: FastifyReply, file: StoredReportFile, kind: ReportFileKind): Promise<void> {
  // Only a missing file is "not found"; an unreadable volume is a server fault and goes to the error filter.
  const size = await stat(file.filePath).then(
    (s) => s.size,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    },
  );
  if (size === null) throw AppError.notFound('Report file');
  await sendPrivateDownload(reply, {
    contentType: REPORT_MIME[kind],
    fileName: file.fileName,
    body: createReadStream(file.filePath),
    length: size,
  });
}
