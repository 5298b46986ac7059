import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SignInBody } from '@sen/contracts';
import { clearPersonalCaches } from '../../../app/pwa/service-worker';
import { applyLocale } from '../../../i18n/i18n';
import { signIn } from '../api/auth.api';
import { authKeys } from '../api/auth.keys';

export function useSignInMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInBody) => signIn(body),
    // Sign-in errors are shown inline on the form; skip the global 401 redirect.
    meta: { handlesUnauthenticated: true },
    onSuccess: async (session) => {
      // Another user's cached lists must never show through.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
      await clearPersonalCaches();
      queryClient.setQueryData(authKeys.session(), session);
      // That answer came from a POST, which the service worker does not keep, and the caches were just
      // emptied: read the session once more so that an offline reload finds it (without it, she is shown
      // "could not load" instead of her lesson).
      void queryClient.invalidateQueries({ queryKey: authKeys.session() });
      await applyLocale(session.user.locale);
    },
  });
}
