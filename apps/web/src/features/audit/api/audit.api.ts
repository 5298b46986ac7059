import { routes } from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';
import type { AuditListParams } from './audit.keys';

export const auditApi = {
  list: (query: AuditListParams, signal?: AbortSignal) => apiRequest(routes.listAudit, { query, signal }),
};
