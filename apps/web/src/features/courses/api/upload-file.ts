import { UPLOAD_FIELD, UPLOAD_LIMITS, routes, type UploadKind, type UploadView } from '@sen/contracts';
import { sendFile } from '../../../app/api/send-file';

/** What each picker offers; the server still decides by the file's content. */
export const UPLOAD_ACCEPT: Record<UploadKind, string> = {
  image: 'image/jpeg,image/png,image/webp',
  video: 'video/mp4',
  document:
    '.pdf,.docx,.xlsx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const EXTENSIONS: Record<UploadKind, readonly string[]> = {
  image: ['jpg', 'jpeg', 'png', 'webp'],
  video: ['mp4'],
  document: ['pdf', 'docx', 'xlsx'],
};

export type UploadProblem = { reason: 'type' } | { reason: 'size'; limitMb: number };

/** A check before sending, so nobody waits for 200 MB to go up only to be refused. */
export function checkUpload(file: Pick<File, 'name' | 'size'>, kind: UploadKind): UploadProblem | null {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  if (!EXTENSIONS[kind].includes(extension)) return { reason: 'type' };
  if (file.size > UPLOAD_LIMITS[kind]) return { reason: 'size', limitMb: UPLOAD_LIMITS[kind] / (1024 * 1024) };
  return null;
}

/** Sends one file to the course's uploads, reporting progress as it goes up. */
export function uploadFile(
  courseId: string,
  file: File,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<UploadView> {
  return sendFile<UploadView>({
    method: routes.createUpload.method,
    url: `/api${routes.createUpload.path}?courseId=${encodeURIComponent(courseId)}`,
    field: UPLOAD_FIELD,
    file,
    onProgress,
    signal,
    tooLargeCode: 'UPLOAD_TOO_LARGE',
  });
}
