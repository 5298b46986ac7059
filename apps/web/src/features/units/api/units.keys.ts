import type { RequestInput, routes } from '@sen/contracts';

export type UnitListParams = NonNullable<RequestInput<typeof routes.listUnits>['query']>;

export const unitKeys = {
  all: ['units'] as const,
  lists: () => [...unitKeys.all, 'list'] as const,
  list: (query: UnitListParams) => [...unitKeys.lists(), query] as const,
  details: () => [...unitKeys.all, 'detail'] as const,
  detail: (id: string) => [...unitKeys.details(), id] as const,
  levels: () => [...unitKeys.all, 'levels'] as const,
};
