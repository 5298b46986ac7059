import { routeTable } from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';
import type { AuditListParams } from './audit.keys';

export const auditApi = {
  list: (query: AuditListParams, signal?: AbortSignal) => apiRequest(routeTable.listAudit, { query, signal }),
};
