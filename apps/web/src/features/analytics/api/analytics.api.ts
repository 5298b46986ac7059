import { buildPath, routeTable } from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';
import type { AnalyticsExportParams, AnalyticsParams, AnalyticsRosterParams } from './analytics.keys';

export const analyticsApi = {
  breakdown: (unitId: string, query: AnalyticsParams, signal?: AbortSignal) =>
    apiRequest(routeTable.analyticsBreakdown, { params: { id: unitId }, query, signal }),
  trend: (unitId: string, query: AnalyticsParams, signal?: AbortSignal) =>
    apiRequest(routeTable.analyticsTrend, { params: { id: unitId }, query, signal }),
  roster: (unitId: string, query: AnalyticsRosterParams, signal?: AbortSignal) =>
    apiRequest(routeTable.analyticsRoster, { params: { id: unitId }, query, signal }),
};

/**
 * A view as a file, as a plain link: the session cookie goes with it like any GET, and the browser saves
 * it under the name the API gives (Content-Disposition).
 */
export function analyticsExportUrl(unitId: string, query: AnalyticsExportParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if ((typeof value === 'string' && value !== '') || typeof value === 'number') search.set(key, String(value));
  }
  return `/api${buildPath(routeTable.analyticsExport.path, { id: unitId })}?${search.toString()}`;
}
