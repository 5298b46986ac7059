import { CSRF_HEADER, readApiError, type ErrorCode } from '@sen/contracts';
import { currentCsrfToken } from './api-client';
import { ApiRequestError } from './api-request-error';

export interface SendFileRequest {
  method: string;
  /** The full path from the site root, query string included. */
  url: string;
  /** The multipart field the route reads the file from. */
  field: string;
  file: File;
  /** Called with 0–1 as the body goes up, and with 1 once the server has answered. */
  onProgress: (fraction: number) => void;
  signal?: AbortSignal | undefined;
  /** The code of a 413 without an API error body (a proxy in front of the API refused the size). */
  tooLargeCode: ErrorCode;
}

/**
 * Sends one file as multipart/form-data with XMLHttpRequest, whose upload events report progress (fetch
 * has none), with the same session cookie and CSRF header as every other call. Resolves with the JSON
 * body of a 200, typed by the caller from the route's contract; rejects with an `ApiRequestError`, or a
 * DOMException named `AbortError` when the signal aborts.
 */
export function sendFile<T>({
  method,
  url,
  field,
  file,
  onProgress,
  signal,
  tooLargeCode,
}: SendFileRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
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
        resolve(xhr.response as T);
        return;
      }
      const error = readApiError(xhr.response);
      reject(
        error
          ? new ApiRequestError(xhr.status, error.code, error.message, error.requestId, error.fields)
          : new ApiRequestError(xhr.status, xhr.status === 413 ? tooLargeCode : 'INTERNAL', xhr.statusText),
      );
    };
    xhr.onerror = () => reject(ApiRequestError.network(new Error('upload failed')));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append(field, file);
    xhr.send(form);
  });
}
