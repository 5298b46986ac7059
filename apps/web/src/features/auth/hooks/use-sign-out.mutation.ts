import { useMutation, useQueryClient } from '@tanstack/react-query';
import { clearPersonalCaches } from '../../../app/pwa/service-worker';
import { signOut } from '../api/auth.api';
import { authKeys } from '../api/auth.keys';

export function useSignOutMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    meta: { handlesUnauthenticated: true },
    // Whether or not the server still knew the session, this browser is signed out.
    onSettled: async () => {
      // Signed out first: the guard then leaves the signed-in screens before their data goes. (Clearing
      // everything first let the shell re-render without a session, which it must never do.)
      queryClient.setQueryData(authKeys.session(), null);
      // The offline copies of her lessons and session go too; her unsent progress stays queued for her.
      await clearPersonalCaches();
      queryClient.removeQueries({ predicate: (query) => query.queryKey[1] !== authKeys.session()[1] });
    },
  });
}
