import type { ErrorCode, FieldError } from '@sen/contracts';

const STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_BODY: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  CSRF_INVALID: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  ACCOUNT_DISABLED: 403,
  RATE_LIMITED: 429,
  UNIT_MOVE_INTO_OWN_SUBTREE: 422,
  UNIT_LEVEL_ORDER: 422,
  POSITION_HOLDER_TAKEN: 409,
  POSITION_RESERVES_FULL: 409,
  POSITION_ALREADY_ASSIGNED: 409,
  PERSON_OUTSIDE_UNIT: 422,
  PERSON_HAS_ACCOUNT: 409,
  EMAIL_TAKEN: 409,
  PHONE_TAKEN: 409,
  CANNOT_CHANGE_OWN_ACCOUNT: 403,
  SCOPE_OUTSIDE_OWN: 403,
  VERSION_FROZEN: 409,
  COURSE_EMPTY: 422,
  ORDER_MISMATCH: 422,
  COURSE_NOT_PUBLISHED: 422,
  ENROLMENT_CLOSED: 403,
  LESSON_NOT_IN_COURSE: 422,
  UPLOAD_TOO_LARGE: 413,
  UPLOAD_TYPE_NOT_ALLOWED: 400,
  QUESTION_BANK_NAME_TAKEN: 409,
  QUESTION_CATEGORY_IN_USE: 409,
  QUIZ_NOT_SET: 422,
  QUIZ_DRAW_UNAVAILABLE: 422,
  QUIZ_NOT_OPEN: 403,
  QUIZ_CLOSED: 403,
  QUIZ_ATTEMPTS_EXHAUSTED: 409,
  QUIZ_WITHDRAWN: 403,
  ATTEMPT_SUBMITTED: 409,
  ATTEMPT_TIME_UP: 409,
  QUESTION_IMPORT_INVALID: 400,
  QUESTION_IMPORT_FILE_TYPE: 400,
  QUESTION_IMPORT_TOO_LARGE: 413,
  CONTEST_STARTED: 409,
  CONTEST_FINAL: 409,
  CERTIFICATE_REVOKED: 409,
  CERTIFICATE_NOT_RENEWABLE: 409,
  CERTIFICATE_UNCHANGED: 409,
  CERTIFICATE_LOGO_INVALID: 422,
  JOB_NOT_FAILED: 409,
  REPORT_PERIOD_NOT_ENDED: 422,
  REPORT_NOT_READY: 409,
  INTERNAL: 500,
};

/** A failure a client can act on; the global filter turns it into the contract's error body. */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.status = STATUS[code];
  }

  static notFound(what: string): AppError {
    return new AppError('NOT_FOUND', `${what} not found`);
  }

  static field(code: ErrorCode, path: string, message: string): AppError {
    return new AppError(code, `${path}: ${message}`, [{ path, code, message }]);
  }
}
