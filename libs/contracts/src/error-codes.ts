// No zod here: the web app reads error codes on its first load, and zod should not come with them.
import type { ApiError, FieldError } from './errors';

/** Error codes shared by api and web; the web app translates them, so messages stay technical. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_BODY',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'CSRF_INVALID',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'ACCOUNT_DISABLED',
  'RATE_LIMITED',
  'UNIT_MOVE_INTO_OWN_SUBTREE',
  'UNIT_LEVEL_ORDER',
  'POSITION_HOLDER_TAKEN',
  'POSITION_RESERVES_FULL',
  'POSITION_ALREADY_ASSIGNED',
  'PERSON_OUTSIDE_UNIT',
  'PERSON_HAS_ACCOUNT',
  'EMAIL_TAKEN',
  'PHONE_TAKEN',
  'CANNOT_CHANGE_OWN_ACCOUNT',
  'SCOPE_OUTSIDE_OWN',
  'VERSION_FROZEN',
  'COURSE_EMPTY',
  'ORDER_MISMATCH',
  'COURSE_NOT_PUBLISHED',
  'ENROLMENT_CLOSED',
  'LESSON_NOT_IN_COURSE',
  'UPLOAD_TOO_LARGE',
  'UPLOAD_TYPE_NOT_ALLOWED',
  'QUESTION_BANK_NAME_TAKEN',
  'QUESTION_CATEGORY_IN_USE',
  'QUIZ_NOT_SET',
  'QUIZ_DRAW_UNAVAILABLE',
  'QUIZ_NOT_OPEN',
  'QUIZ_CLOSED',
  'QUIZ_ATTEMPTS_EXHAUSTED',
  'QUIZ_WITHDRAWN',
  'ATTEMPT_SUBMITTED',
  'ATTEMPT_TIME_UP',
  'QUESTION_IMPORT_INVALID',
  'QUESTION_IMPORT_FILE_TYPE',
  'QUESTION_IMPORT_TOO_LARGE',
  'CONTEST_STARTED',
  'CONTEST_FINAL',
  'CERTIFICATE_REVOKED',
  'CERTIFICATE_NOT_RENEWABLE',
  'CERTIFICATE_UNCHANGED',
  'CERTIFICATE_LOGO_INVALID',
  'JOB_NOT_FAILED',
  'RECIPIENT_EMAIL_TAKEN',
  'UNIT_OUTSIDE_COMMITTEE',
  'COMMITTEE_ARCHIVED',
  'REPORT_SCHEDULE_HAS_REPORTS',
  'REPORT_PERIOD_NOT_ENDED',
  'REPORT_NOT_READY',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return (ERROR_CODES as readonly unknown[]).includes(value);
}

/**
 * Reads an API error body without zod (the web reads errors on every screen, and zod is not loaded
 * for a trainee); `ApiErrorSchema` in errors.ts says the same, and error-codes.spec.ts holds them equal.
 */
export function readApiError(payload: unknown): ApiError['error'] | null {
  const error = isRecord(payload) ? payload['error'] : undefined;
  if (!isRecord(error) || !isErrorCode(error['code']) || typeof error['message'] !== 'string') return null;
  const { code, message, requestId, fields } = error;
  if (requestId !== undefined && typeof requestId !== 'string') return null;
  if (fields !== undefined && !(Array.isArray(fields) && fields.every(isFieldError))) return null;
  return {
    code,
    message,
    ...(requestId === undefined ? {} : { requestId }),
    ...(fields === undefined
      ? {}
      : {
          fields: fields.map(({ path, code: fieldCode, message: text }) => ({ path, code: fieldCode, message: text })),
        }),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFieldError(value: unknown): value is FieldError {
  return (
    isRecord(value) &&
    typeof value['path'] === 'string' &&
    typeof value['code'] === 'string' &&
    typeof value['message'] === 'string'
  );
}
