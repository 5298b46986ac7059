import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

function fieldName(path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((segment) => typeof segment === 'string');
  return typeof last === 'string' ? last : '';
}

/**
 * Contract schemas carry English, technical messages; users read a translation chosen by the
 * issue's kind and field instead.
 */
export function translateIssue(issue: Issue, t: TFunction, input?: unknown): string {
  const field = fieldName(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return t('validation.required');
    case 'too_small':
      if (issue.origin === 'string') {
        // An empty field is "missing", not "too short".
        return Number(issue.minimum) <= 1 || isBlankAt(input, issue.path)
          ? t('validation.required')
          : t('validation.tooShort', { count: Number(issue.minimum) });
      }
      if (issue.origin === 'array') return t('validation.tooFewItems', { count: Number(issue.minimum) });
      return t('validation.tooSmall', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('validation.tooLong', { count: Number(issue.maximum) });
      if (issue.origin === 'array') return t('validation.tooManyItems', { count: Number(issue.maximum) });
      return t('validation.tooBig', { max: Number(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'email') return t('validation.email');
      if (issue.format === 'uuid') return t('validation.choose');
      if (field === 'phone') return t('validation.phone');
      if (field === 'password' || field === 'newPassword') return t('validation.password');
      if (field === 'videoUrl') return t('validation.videoUrl');
      return t('validation.format');
    case 'invalid_value':
      return t('validation.choose');
    case 'custom':
      if (field === 'email') return t('validation.emailOrPhone');
      if (field === 'roles') return t('validation.duplicateRole');
      if (field === 'from') return t('validation.dateOrder');
      // Either the link is not YouTube/Vimeo, or there is none while the completion rule needs one.
      if (field === 'videoUrl')
        return valueAt(input, issue.path) ? t('validation.videoUrl') : t('validation.videoRequired');
      return t('validation.format');
    case 'not_multiple_of':
    case 'unrecognized_keys':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return t('validation.format');
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function isBlankAt(input: unknown, path: readonly PropertyKey[]): boolean {
  const value = valueAt(input, path);
  return typeof value === 'string' && value.trim() === '';
}

export function issuesToFormErrors(issues: readonly Issue[], t: TFunction, input?: unknown): FormErrors {
  const errors: FormErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    // The first problem of a field is the one worth fixing first.
    errors[key] ??= translateIssue(issue, t, input);
  }
  return errors;
}

/**
 * A Mantine `validate` function backed by a contract schema: form values are first shaped into
 * the request body (empty inputs become absent), so the form checks exactly what the API will.
 */
export function contractValidator<Values, S extends z.ZodType>(
  schema: S,
  toBody: (values: Values) => z.input<S>,
  t: TFunction,
): (values: Values) => FormErrors {
  return (values) => {
    const body = toBody(values);
    const result = schema.safeParse(body);
    return result.success ? {} : issuesToFormErrors(result.error.issues, t, body);
  };
}

/** Empty text inputs mean "not given". */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
