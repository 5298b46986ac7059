import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReportDetail, RunReportBody } from '@sen/contracts';
import { reportsApi } from '../api/reports.api';
import { reportKeys, type ReportListParams } from '../api/reports.keys';

/** While a report is being built or copies are on their way, the screens look again every few seconds. */
const FOLLOW_MS = 3_000;

function unfinished(report: Pick<ReportDetail, 'status' | 'deliveries'>): boolean {
  const { total, sent, failed } = report.deliveries;
  return report.status === 'building' || (report.status === 'ready' && sent + failed < total);
}

export function useReportsQuery(query: ReportListParams) {
  return useQuery({
    queryKey: reportKeys.list(query),
    queryFn: ({ signal }) => reportsApi.list(query, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data?.items.some(unfinished) ? FOLLOW_MS : false),
  });
}

export function useReportQuery(id: string) {
  return useQuery({
    queryKey: reportKeys.detail(id),
    queryFn: ({ signal }) => reportsApi.get(id, signal),
    // The delivery log fills as the worker sends: follow it until every copy is sent or failed.
    refetchInterval: (q) => (q.state.data && unfinished(q.state.data) ? FOLLOW_MS : false),
  });
}

export function useReportScheduleOptionsQuery(enabled: boolean) {
  return useQuery({
    queryKey: reportKeys.scheduleOptions(),
    queryFn: ({ signal }) => reportsApi.scheduleOptions(signal),
    enabled,
  });
}

export function useRunReportMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ scheduleId, body }: { scheduleId: string; body: RunReportBody }) => reportsApi.run(scheduleId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.lists() }),
  });
}

export function useResendDeliveryMutation(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) => reportsApi.resend(deliveryId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.detail(reportId) }),
  });
}
