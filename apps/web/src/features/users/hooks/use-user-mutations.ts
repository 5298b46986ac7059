import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateUserBody, RoleGrant, UserView } from '@sen/contracts';
import { peopleKeys } from '../../people/api/people.keys';
import { usersApi } from '../api/users.api';
import { userKeys } from '../api/users.keys';

function useStoreUser() {
  const queryClient = useQueryClient();
  return async (user: UserView) => {
    queryClient.setQueryData(userKeys.detail(user.id), user);
    await queryClient.invalidateQueries({ queryKey: userKeys.lists() });
  };
}

export function useCreateUserMutation() {
  const queryClient = useQueryClient();
  const store = useStoreUser();
  return useMutation({
    mutationFn: (body: CreateUserBody) => usersApi.create(body),
    onSuccess: async (user) => {
      await store(user);
      // "Has an account" shows on people.
      await queryClient.invalidateQueries({ queryKey: peopleKeys.all });
    },
  });
}

export function useSetRolesMutation(id: string) {
  const store = useStoreUser();
  return useMutation({ mutationFn: (roles: RoleGrant[]) => usersApi.setRoles(id, roles), onSuccess: store });
}

export function useSetDisabledMutation(id: string) {
  const store = useStoreUser();
  return useMutation({
    mutationFn: (disabled: boolean) => (disabled ? usersApi.disable(id) : usersApi.enable(id)),
    onSuccess: store,
  });
}

export function useResetPasswordMutation(id: string) {
  const store = useStoreUser();
  return useMutation({ mutationFn: (password: string) => usersApi.resetPassword(id, password), onSuccess: store });
}
