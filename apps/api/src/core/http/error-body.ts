import type { ApiError, ErrorCode, FieldError } from '@sen/contracts';
import { AppError } from './app-error';
import { fromConstraintViolation } from './constraint-errors';

export interface ErrorReply {
  status: number;
  body: ApiError;
  headers?: Record<string, string>;
}

function reply(status: number, code: ErrorCode, message: string, requestId: string, fields?: FieldError[]): ErrorReply {
  return { status, body: { error: { code, message, requestId, ...(fields ? { fields } : {}) } } };
}

const BY_STATUS: Record<number, [ErrorCode, string] | undefined> = {
  400: ['MALFORMED_BODY', 'body: the request body is not valid JSON'],
  404: ['NOT_FOUND', 'No such route'],
  405: ['NOT_FOUND', 'No such route'],
  413: ['PAYLOAD_TOO_LARGE', 'body: the request body is larger than allowed'],
  415: ['UNSUPPORTED_MEDIA_TYPE', 'body: send application/json'],
};

/** Maps anything thrown while serving a request to a status and the contract's error body; never leaks a stack. */
export function toErrorReply(error: unknown, requestId: string): ErrorReply {
  const known = error instanceof AppError ? error : fromConstraintViolation(error);
  if (known) {
    return { ...reply(known.status, known.code, known.message, requestId, known.fields), headers: known.headers };
  }
  // Nest wraps Fastify's body-parsing failures in HttpExceptions carrying the status.
  const status =
    (error as { getStatus?: () => number })?.getStatus?.() ?? (error as { statusCode?: number })?.statusCode;
  const byStatus = status === undefined ? undefined : BY_STATUS[status];
  if (byStatus) return reply(status!, byStatus[0], byStatus[1], requestId);
  return reply(500, 'INTERNAL', 'An unexpected error occurred; quote the request id when reporting it', requestId);
}
