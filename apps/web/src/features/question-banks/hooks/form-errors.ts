import type { FormErrors } from '@mantine/form';
import type { ReactNode } from 'react';

/**
 * The error of a list field, or else of its first entry: a tags input shows one message for the
 * whole list, while the schema names the entry (`tags.2`).
 */
export function listError(errors: FormErrors, key: string): ReactNode {
  if (errors[key]) return errors[key];
  const entry = Object.keys(errors).find((name) => name.startsWith(`${key}.`));
  return entry ? errors[entry] : undefined;
}
