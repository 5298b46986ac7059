import { z } from 'zod';

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
  'INTERNAL',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const FieldErrorSchema = z.object({
  /** Dotted path of the offending field, e.g. `body.roles.0.unitId`. */
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

export const ApiErrorSchema = z.object({
  error: z.object({
    code: ErrorCodeSchema,
    message: z.string(),
    requestId: z.string().optional(),
    fields: z.array(FieldErrorSchema).optional(),
  }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
