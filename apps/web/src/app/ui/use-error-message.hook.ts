import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiRequestError } from '../api/api-request-error';

/** Turns any thrown error into a sentence in the user's language, by contract error code. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (!isApiRequestError(error)) return t('errors.UNKNOWN');
      if (error.isNetwork) return t('errors.NETWORK');
      return t(`errors.${error.code}`);
    },
    [t],
  );
}
