import type { RequestInput, routes } from '@sen/contracts';

/** The filters every view shares, as the API reads them (lists comma-joined, defaults left out). */
export type AnalyticsParams = NonNullable<RequestInput<typeof routes.analyticsBreakdown>['query']>;
export type AnalyticsRosterParams = NonNullable<RequestInput<typeof routes.analyticsRoster>['query']>;
export type AnalyticsExportParams = NonNullable<RequestInput<typeof routes.analyticsExport>['query']>;

export const analyticsKeys = {
  all: ['analytics'] as const,
  breakdowns: () => [...analyticsKeys.all, 'breakdown'] as const,
  breakdown: (unitId: string, query: AnalyticsParams) => [...analyticsKeys.breakdowns(), unitId, query] as const,
  trends: () => [...analyticsKeys.all, 'trend'] as const,
  trend: (unitId: string, query: AnalyticsParams) => [...analyticsKeys.trends(), unitId, query] as const,
  rosters: () => [...analyticsKeys.all, 'roster'] as const,
  roster: (unitId: string, query: AnalyticsRosterParams) => [...analyticsKeys.rosters(), unitId, query] as const,
};
