import type { ApiError, ErrorCode, FieldError } from '@sen/contracts';
import type { FastifyError } from 'fastify';
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
  const fastifyCode = (error as Partial<FastifyError>)?.code;
  switch (fastifyCode) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return reply(413, 'PAYLOAD_TOO_LARGE', 'body: the request body is larger than allowed', requestId);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return reply(415, 'UNSUPPORTED_MEDIA_TYPE', 'body: send application/json', requestId);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return reply(400, 'MALFORMED_BODY', 'body: a JSON body is required', requestId);
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return reply(400, 'MALFORMED_BODY', 'body: content length does not match the body', requestId);
    default:
      break;
  }
  if (error instanceof SyntaxError || (error as { statusCode?: number })?.statusCode === 400) {
    return reply(400, 'MALFORMED_BODY', 'body: the request body is not valid JSON', requestId);
  }
  const status = (error as { getStatus?: () => number })?.getStatus?.();
  if (status === 404) return reply(404, 'NOT_FOUND', 'No such route', requestId);
  if (status === 405) return reply(404, 'NOT_FOUND', 'No such route', requestId);
  return reply(500, 'INTERNAL', 'An unexpected error occurred; quote the request id when reporting it', requestId);
}
