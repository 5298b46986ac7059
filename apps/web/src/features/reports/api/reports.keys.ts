import type { RequestInput, routes } from '@sen/contracts';

export type ReportListParams = NonNullable<RequestInput<typeof routes.listReports>['query']>;

export const reportKeys = {
  all: ['reports'] as const,
  lists: () => [...reportKeys.all, 'list'] as const,
  list: (query: ReportListParams) => [...reportKeys.lists(), query] as const,
  details: () => [...reportKeys.all, 'detail'] as const,
  detail: (id: string) => [...reportKeys.details(), id] as const,
  scheduleOptions: () => [...reportKeys.all, 'schedule-options'] as const,
};
