import type { RequestInput, routes } from '@sen/contracts';

export type CertificateListParams = NonNullable<RequestInput<typeof routes.listCertificates>['query']>;
export type CertificateExportParams = NonNullable<RequestInput<typeof routes.exportCertificates>['query']>;

/** The staff side's keys, apart from the trainee's own certificates (another cache). */
export const staffCertificateKeys = {
  all: ['staff-certificates'] as const,
  lists: () => [...staffCertificateKeys.all, 'list'] as const,
  list: (query: CertificateListParams) => [...staffCertificateKeys.lists(), query] as const,
  details: () => [...staffCertificateKeys.all, 'detail'] as const,
  detail: (id: string) => [...staffCertificateKeys.details(), id] as const,
  failedJobs: () => [...staffCertificateKeys.all, 'failed-jobs'] as const,
  templates: () => [...staffCertificateKeys.all, 'template'] as const,
  template: (courseId: string) => [...staffCertificateKeys.templates(), courseId] as const,
};
