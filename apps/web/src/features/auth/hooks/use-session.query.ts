import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionView } from '@sen/contracts';
import { authKeys } from '../api/auth.keys';
import { fetchSession } from '../api/auth.api';

export function useSessionQuery() {
  return useQuery({
    queryKey: authKeys.session(),
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** The signed-in session; only for components rendered behind `RequireSession`. */
export function useSession(): SessionView {
  const { data } = useSessionQuery();
  if (!data) throw new Error('useSession used outside a signed-in area');
  return data;
}

export function useSetSession() {
  const queryClient = useQueryClient();
  return (session: SessionView | null) => queryClient.setQueryData(authKeys.session(), session);
}
