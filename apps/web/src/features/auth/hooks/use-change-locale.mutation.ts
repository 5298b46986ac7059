import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Locale, SessionView } from '@sen/contracts';
import { applyLocale } from '../../../i18n/i18n';
import { updateMyLocale } from '../api/auth.api';
import { authKeys } from '../api/auth.keys';

/** Switches language at once; when signed in, also saves it on the account for other devices. */
export function useChangeLocaleMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (locale: Locale) => {
      await applyLocale(locale);
      const session = queryClient.getQueryData<SessionView | null>(authKeys.session());
      if (!session || session.user.locale === locale) return null;
      return updateMyLocale(locale);
    },
    onSuccess: (session) => {
      if (session) queryClient.setQueryData(authKeys.session(), session);
    },
  });
}
