import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import { isErrorCode, type ErrorCode } from '@sen/contracts';
import { isApiRequestError } from '../api/api-request-error';

/**
 * A field error carries either a schema issue kind (`invalid_type`, …) or a domain error code about
 * that field (`NOT_FOUND` for a unit outside the caller's scope); the latter has its own sentence.
 */
function fieldMessage(code: string, t: TFunction): string {
  if (isErrorCode(code) && code !== 'VALIDATION_FAILED') return t(`errors.${code}`);
  return code === 'invalid_type' ? t('validation.required') : t('validation.format');
}

/** Server-side field errors, keyed like form fields (`body.roles.0.unitId` → `roles.0.unitId`). */
export function apiFieldErrors(
  error: unknown,
  t: TFunction,
  codeFields: Partial<Record<ErrorCode, string>> = {},
): FormErrors {
  if (!isApiRequestError(error)) return {};
  const errors: FormErrors = {};
  for (const field of error.fields) {
    const key = field.path.replace(/^(body|query|params)\./, '');
    errors[key] ??= fieldMessage(field.code, t);
  }
  // Some domain errors are about one field, e.g. an e-mail address already in use.
  const field = codeFields[error.code];
  if (field) errors[field] ??= t(`errors.${error.code}`);
  return errors;
}

/** Whether the error is fully explained by inline field messages. */
export function isFieldLevel(error: unknown, codeFields: Partial<Record<ErrorCode, string>> = {}): boolean {
  return isApiRequestError(error) && (error.fields.length > 0 || codeFields[error.code] !== undefined);
}
