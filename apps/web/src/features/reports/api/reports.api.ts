import { buildPath, routeTable, type RunReportBody } from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';
import type { ReportListParams } from './reports.keys';

export const reportsApi = {
  list: (query: ReportListParams, signal?: AbortSignal) => apiRequest(routeTable.listReports, { query, signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest(routeTable.getReport, { params: { id }, signal }),
  scheduleOptions: (signal?: AbortSignal) => apiRequest(routeTable.listReportScheduleOptions, { signal }),
  run: (scheduleId: string, body: RunReportBody) =>
    apiRequest(routeTable.runReportSchedule, { params: { id: scheduleId }, body }),
  resend: (deliveryId: string) => apiRequest(routeTable.resendReportDelivery, { params: { id: deliveryId } }),
};

/** Files are plain links, which carry the session cookie like any GET, so the browser saves them itself. */
export function reportFileUrl(id: string, kind: 'pdf' | 'xlsx'): string {
  const route = kind === 'pdf' ? routeTable.downloadReportPdf : routeTable.downloadReportXlsx;
  return `/api${buildPath(route.path, { id })}`;
}
