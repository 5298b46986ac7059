import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { usersApi } from '../api/users.api';
import { userKeys, type UserListParams } from '../api/users.keys';

export function useUsersQuery(query: UserListParams) {
  return useQuery({
    queryKey: userKeys.list(query),
    queryFn: ({ signal }) => usersApi.list(query, signal),
    placeholderData: keepPreviousData,
  });
}
