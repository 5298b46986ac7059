import type { RequestInput, routes } from '@sen/contracts';

export type AuditListParams = NonNullable<RequestInput<typeof routes.listAudit>['query']>;

export const auditKeys = {
  all: ['audit'] as const,
  list: (query: AuditListParams) => [...auditKeys.all, 'list', query] as const,
};
