import { useQuery } from '@tanstack/react-query';
import { usersApi } from '../api/users.api';
import { userKeys } from '../api/users.keys';

export function useUserQuery(id: string) {
  return useQuery({
    queryKey: userKeys.detail(id),
    queryFn: ({ signal }) => usersApi.get(id, signal),
    enabled: id !== '',
  });
}
