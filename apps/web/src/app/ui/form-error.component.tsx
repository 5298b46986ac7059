import { Alert } from '@mantine/core';
import type { ErrorCode } from '@sen/contracts';
import { isFieldLevel } from '../forms/apply-api-errors';
import { useErrorMessage } from './use-error-message.hook';

/** The form-level error of a failed submit; the live region makes screen readers announce it. */
export function FormError({ error }: { error: unknown }) {
  const message = useErrorMessage();
  return (
    <div aria-live="polite">
      {error ? (
        <Alert color="red" role="alert" variant="light">
          {message(error)}
        </Alert>
      ) : null}
    </div>
  );
}

interface SubmitErrorProps {
  error: unknown;
  /** The domain errors the form shows at a field, as passed to `apiFieldErrors`. */
  codeFields?: Partial<Record<ErrorCode, string>>;
}

/** A failed submit's error, unless the fields already explain it inline; one message is enough. */
export function SubmitError({ error, codeFields }: SubmitErrorProps) {
  return isFieldLevel(error, codeFields) ? null : <FormError error={error} />;
}
