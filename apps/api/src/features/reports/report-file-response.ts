import type { FastifyReply } from 'fastify';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { AppError } from '../../core/http/app-error';
import { sendPrivateDownload } from '../uploads/file-response';
import { REPORT_MIME, type ReportFileKind } from './report-files';
import type { StoredReportFile } from './reports.service';

/** Streams a report's stored file as a private download: what was sent, never rendered again. */
export async function sendReportFile(reply: FastifyReply, file: StoredReportFile, kind: ReportFileKind): Promise<void> {
  const size = await stat(file.filePath).then(
    (s) => s.size,
    () => null,
  );
  if (size === null) throw AppError.notFound('Report file');
  await sendPrivateDownload(reply, {
    contentType: REPORT_MIME[kind],
    fileName: file.fileName,
    body: createReadStream(file.filePath),
    length: size,
  });
}
