import { REPORT_STATUSES, type ReportStatus } from '@sen/contracts';
import type { ReportListParams } from '../api/reports.keys';

/** The reports list's filters, as named in the address. */
export const REPORT_FILTERS = ['scheduleId', 'status'] as const;
export type ReportFilterValues = Record<(typeof REPORT_FILTERS)[number], string>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The list request for the address; an unknown status or a malformed id from an edited link is left out. */
export function reportListQuery(values: ReportFilterValues, page: number, pageSize: number): ReportListParams {
  const status = REPORT_STATUSES.find((s): s is ReportStatus => s === values.status);
  return {
    ...(UUID.test(values.scheduleId) ? { scheduleId: values.scheduleId } : {}),
    ...(status ? { status } : {}),
    page,
    pageSize,
  };
}
