import type { RequestInput, routes } from '@sen/contracts';

export type PersonListParams = NonNullable<RequestInput<typeof routes.listPeople>['query']>;

export const peopleKeys = {
  all: ['people'] as const,
  lists: () => [...peopleKeys.all, 'list'] as const,
  list: (query: PersonListParams) => [...peopleKeys.lists(), query] as const,
  detail: (id: string) => [...peopleKeys.all, 'detail', id] as const,
};
