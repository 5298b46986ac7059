import type { RequestInput, routes } from '@sen/contracts';

export type UserListParams = NonNullable<RequestInput<typeof routes.listUsers>['query']>;

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (query: UserListParams) => [...userKeys.lists(), query] as const,
  detail: (id: string) => [...userKeys.all, 'detail', id] as const,
};
