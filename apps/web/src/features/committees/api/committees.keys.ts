import type { RequestInput, routes } from '@sen/contracts';

export type CommitteeListParams = NonNullable<RequestInput<typeof routes.listCommittees>['query']>;

export const committeeKeys = {
  all: ['committees'] as const,
  lists: () => [...committeeKeys.all, 'list'] as const,
  list: (query: CommitteeListParams) => [...committeeKeys.lists(), query] as const,
  details: () => [...committeeKeys.all, 'detail'] as const,
  detail: (id: string) => [...committeeKeys.details(), id] as const,
  courseOptions: (id: string) => [...committeeKeys.all, 'course-options', id] as const,
  /** Cohorts are not a committee's, but only this feature lists them so far. */
  cohorts: () => [...committeeKeys.all, 'cohorts'] as const,
};
