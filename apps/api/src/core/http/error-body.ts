import type { ApiError, ErrorCode, FieldError } from '@sen/contracts';
import { AppError } from './app-error';

export interface ErrorReply {
  status: number;
  body: ApiError;
  headers?: Record<string, string>;
}

function reply(status: number, code: ErrorCode, message: string, requestId: string, fields?: FieldError[]): ErrorReply {
  return { status, body: { error: { code, message, requestId, ...(fields ? { fields } : {}) } } };
}

/** Maps anything thrown while serving a request to a status and the contract's error body; never leaks a stack. */
export function toErrorReply(error: unknown, requestId: string): ErrorReply {
  if (error instanceof AppError) {
    return { ...reply(error.status, error.code, error.message, requestId, error.fields), headers: error.headers };
  }
  // Nest wraps Fastify's body-parsing failures in HttpExceptions carrying the status.
  const status = (error as { getStatus?: () => number })?.getStatus?.() ?? (error as { statusCode?: number })?.statusCode;
  switch (status) {
    case 400:
      return reply(400, 'MALFORMED_BODY', 'body: the request body is not valid JSON', requestId);
    case 404:
    case 405:
      return reply(404, 'NOT_FOUND', 'No such route', requestId);
    case 413:
      return reply(413, 'PAYLOAD_TOO_LARGE', 'body: the request body is larger than allowed', requestId);
    case 415:
      return reply(415, 'UNSUPPORTED_MEDIA_TYPE', 'body: send application/json', requestId);
    default:
      break;
  }
  return reply(500, 'INTERNAL', 'An unexpected error occurred; quote the request id when reporting it', requestId);
}
