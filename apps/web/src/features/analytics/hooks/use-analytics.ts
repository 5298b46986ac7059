import { useQuery } from '@tanstack/react-query';
import { analyticsApi } from '../api/analytics.api';
import { analyticsKeys, type AnalyticsParams, type AnalyticsRosterParams } from '../api/analytics.keys';

// Counters change when someone completes a course, not from second to second: a minute of freshness saves
// a request per tab switch and per drill back up.
const STALE_MS = 60_000;

/**
 * Whether the previous answer may stay on screen while the next loads: yes for the same unit (a filter
 * or a page changed, the layout should not jump), no for another unit, so a drill-down never shows the
 * parent's numbers under the child's name.
 */
function sameUnit(previousKey: readonly unknown[] | undefined, unitId: string): boolean {
  return previousKey?.[2] === unitId;
}

export function useAnalyticsBreakdownQuery(unitId: string, query: AnalyticsParams, enabled = true) {
  return useQuery({
    queryKey: analyticsKeys.breakdown(unitId, query),
    queryFn: ({ signal }) => analyticsApi.breakdown(unitId, query, signal),
    placeholderData: (previous, previousQuery) => (sameUnit(previousQuery?.queryKey, unitId) ? previous : undefined),
    staleTime: STALE_MS,
    enabled,
  });
}

export function useAnalyticsTrendQuery(unitId: string, query: AnalyticsParams, enabled: boolean) {
  return useQuery({
    queryKey: analyticsKeys.trend(unitId, query),
    queryFn: ({ signal }) => analyticsApi.trend(unitId, query, signal),
    placeholderData: (previous, previousQuery) => (sameUnit(previousQuery?.queryKey, unitId) ? previous : undefined),
    staleTime: STALE_MS,
    enabled,
  });
}

export function useAnalyticsRosterQuery(unitId: string, query: AnalyticsRosterParams, enabled: boolean) {
  return useQuery({
    queryKey: analyticsKeys.roster(unitId, query),
    queryFn: ({ signal }) => analyticsApi.roster(unitId, query, signal),
    placeholderData: (previous, previousQuery) => (sameUnit(previousQuery?.queryKey, unitId) ? previous : undefined),
    staleTime: STALE_MS,
    enabled,
  });
}
