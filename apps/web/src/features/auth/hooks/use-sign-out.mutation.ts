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
      queryClient.clear();
      queryClient.setQueryData(authKeys.session(), null);
      // The offline copies of her lessons and session go too; her unsent progress stays queued for her.
      await clearPersonalCaches();
    },
  });
}
