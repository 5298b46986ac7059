import { Alert } from '@mantine/core';
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
