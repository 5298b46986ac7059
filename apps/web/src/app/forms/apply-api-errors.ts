import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import type { ErrorCode } from '@sen/contracts';
import { isApiRequestError } from '../api/api-request-error';

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
    errors[key] ??= field.code === 'invalid_type' ? t('validation.required') : t('validation.format');
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
