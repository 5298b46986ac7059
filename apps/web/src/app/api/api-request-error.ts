import { readApiError, type ErrorCode, type FieldError } from '@sen/contracts';

/** A failed API call, carrying the contract error code so the UI can translate it. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly requestId: string | undefined;
  readonly fields: FieldError[];

  constructor(status: number, code: ErrorCode, message: string, requestId?: string, fields: FieldError[] = []) {
    super(message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = code;
    this.requestId = requestId;
    this.fields = fields;
  }

  static async fromResponse(response: Response): Promise<ApiRequestError> {
    const payload: unknown = await response.json().catch(() => null);
    const error = readApiError(payload);
    if (error) {
      const { code, message, requestId, fields } = error;
      return new ApiRequestError(response.status, code, message, requestId, fields);
    }
    return new ApiRequestError(response.status, fallbackCode(response.status), response.statusText);
  }

  /** A network failure or an unreadable answer, so callers handle one error type. */
  static network(cause: unknown): ApiRequestError {
    const error = new ApiRequestError(0, 'INTERNAL', cause instanceof Error ? cause.message : 'Network error');
    error.isNetwork = true;
    return error;
  }

  isNetwork = false;
}

function fallbackCode(status: number): ErrorCode {
  switch (status) {
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 429:
      return 'RATE_LIMITED';
    default:
      return 'INTERNAL';
  }
}

export function isApiRequestError(error: unknown): error is ApiRequestError {
  return error instanceof ApiRequestError;
}
