import {
  buildPath,
  routeTable,
  type CertificateTemplateBody,
  type ReissueCertificateBody,
  type RevokeCertificateBody,
} from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';
import type { CertificateListParams } from './staff-certificates.keys';

export const staffCertificatesApi = {
  list: (query: CertificateListParams, signal?: AbortSignal) =>
    apiRequest(routeTable.listCertificates, { query, signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest(routeTable.getCertificate, { params: { id }, signal }),
  revoke: (id: string, body: RevokeCertificateBody) =>
    apiRequest(routeTable.revokeCertificate, { params: { id }, body }),
  reissue: (id: string, body: ReissueCertificateBody) =>
    apiRequest(routeTable.reissueCertificate, { params: { id }, body }),
  failedJobs: (signal?: AbortSignal) => apiRequest(routeTable.failedCertificateJobs, { signal }),
  retryJob: (jobId: string) => apiRequest(routeTable.retryCertificateJob, { params: { jobId } }),
  template: (courseId: string, signal?: AbortSignal) =>
    apiRequest(routeTable.getCertificateTemplate, { params: { id: courseId }, signal }),
  updateTemplate: (courseId: string, body: CertificateTemplateBody) =>
    apiRequest(routeTable.updateCertificateTemplate, { params: { id: courseId }, body }),
};

/** Files are plain links, which carry the session cookie like any GET, so the browser saves them itself. */
export function certificatePdfUrl(id: string): string {
  return `/api${buildPath(routeTable.downloadCertificate.path, { id })}`;
}

/** A stored image (the template's logo) by its id. */
export function fileUrl(id: string): string {
  return `/api${buildPath(routeTable.getFile.path, { id })}`;
}
