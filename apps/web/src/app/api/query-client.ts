import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import type { SessionView } from '@sen/contracts';
import { authKeys } from '../../features/auth/api/auth.keys';
import { rememberSignOutReason } from '../access/sign-out-reason';
import { setCsrfTokenSource } from './api-client';
import { isApiRequestError } from './api-request-error';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: { handlesUnauthenticated?: boolean };
  }
}

function onError(error: unknown, handlesUnauthenticated = false): void {
  if (!isApiRequestError(error)) return;
  if (error.code === 'CSRF_INVALID') {
    // The token rotated (e.g. a sign-in in another tab); fetch the current one so a retry succeeds.
    void queryClient.invalidateQueries({ queryKey: authKeys.session() });
    return;
  }
  if (handlesUnauthenticated || error.status !== 401) return;
  if (queryClient.getQueryData(authKeys.session())) rememberSignOutReason(error.code);
  // Clearing the session makes the route guard send the user to sign-in, keeping the intended URL.
  queryClient.setQueryData(authKeys.session(), null);
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error) => onError(error) }),
  mutationCache: new MutationCache({
    onError: (error, _variables, _context, mutation) => onError(error, mutation.meta?.handlesUnauthenticated),
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // Client errors will not fix themselves; a flaky rural connection might.
      retry: (failureCount, error) =>
        failureCount < 2 && (!isApiRequestError(error) || error.isNetwork || error.status >= 500),
      refetchOnWindowFocus: false,
      // Ask even when the browser says it is offline: the service worker may answer from its cache.
      networkMode: 'offlineFirst',
    },
  },
});

setCsrfTokenSource(() => queryClient.getQueryData<SessionView | null>(authKeys.session())?.csrfToken);
