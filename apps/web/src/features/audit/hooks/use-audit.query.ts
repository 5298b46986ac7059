import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { auditApi } from '../api/audit.api';
import { auditKeys, type AuditListParams } from '../api/audit.keys';

export function useAuditQuery(query: AuditListParams, enabled: boolean) {
  return useQuery({
    queryKey: auditKeys.list(query),
    queryFn: ({ signal }) => auditApi.list(query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
