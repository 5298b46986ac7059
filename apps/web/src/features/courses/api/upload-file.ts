import {
  ApiErrorSchema,
  CSRF_HEADER,
  UPLOAD_FIELD,
  UPLOAD_LIMITS,
  routes,
  type UploadKind,
  type UploadView,
} from '@sen/contracts';
import { currentCsrfToken } from '../../../app/api/api-client';
import { ApiRequestError } from '../../../app/api/api-request-error';

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

/**
 * Sends one file with XMLHttpRequest, whose upload events report progress (fetch has none), with the
 * same session cookie and CSRF header as every other call.
 */
export function uploadFile(
  courseId: string,
  file: File,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<UploadView> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(routes.createUpload.method, `/api${routes.createUpload.path}?courseId=${encodeURIComponent(courseId)}`);
    xhr.responseType = 'json';
    xhr.setRequestHeader('Accept', 'application/json');
    const token = currentCsrfToken();
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status === 200) {
        onProgress(1);
        resolve(xhr.response as UploadView);
        return;
      }
      const parsed = ApiErrorSchema.safeParse(xhr.response);
      reject(
        parsed.success
          ? new ApiRequestError(
              xhr.status,
              parsed.data.error.code,
              parsed.data.error.message,
              parsed.data.error.requestId,
              parsed.data.error.fields,
            )
          : new ApiRequestError(xhr.status, xhr.status === 413 ? 'UPLOAD_TOO_LARGE' : 'INTERNAL', xhr.statusText),
      );
    };
    xhr.onerror = () => reject(ApiRequestError.network(new Error('upload failed')));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append(UPLOAD_FIELD, file);
    xhr.send(form);
  });
}
