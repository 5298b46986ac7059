import { useMutation, useQueryClient } from '@tanstack/react-query';
import { signOut } from '../api/auth.api';
import { authKeys } from '../api/auth.keys';

export function useSignOutMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    meta: { handlesUnauthenticated: true },
    // Whether or not the server still knew the session, this browser is signed out.
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(authKeys.session(), null);
    },
  });
}
