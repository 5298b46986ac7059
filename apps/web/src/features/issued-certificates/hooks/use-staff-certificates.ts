import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CertificateDetail,
  CertificateTemplateBody,
  ReissueCertificateBody,
  RevokeCertificateBody,
} from '@sen/contracts';
import { staffCertificatesApi } from '../api/staff-certificates.api';
import { staffCertificateKeys, type CertificateListParams } from '../api/staff-certificates.keys';

export function useCertificatesQuery(query: CertificateListParams, enabled: boolean) {
  return useQuery({
    queryKey: staffCertificateKeys.list(query),
    queryFn: ({ signal }) => staffCertificatesApi.list(query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCertificateQuery(id: string) {
  return useQuery({
    queryKey: staffCertificateKeys.detail(id),
    queryFn: ({ signal }) => staffCertificatesApi.get(id, signal),
  });
}

export function useFailedCertificateJobsQuery(enabled: boolean) {
  return useQuery({
    queryKey: staffCertificateKeys.failedJobs(),
    queryFn: ({ signal }) => staffCertificatesApi.failedJobs(signal),
    enabled,
  });
}

/** A changed certificate replaces its detail at once; lists (status column, filters) are fetched again. */
function useStoreCertificate() {
  const queryClient = useQueryClient();
  return async (certificate: CertificateDetail) => {
    queryClient.setQueryData(staffCertificateKeys.detail(certificate.id), certificate);
    await queryClient.invalidateQueries({ queryKey: staffCertificateKeys.lists() });
  };
}

export function useRevokeCertificateMutation(id: string) {
  const store = useStoreCertificate();
  return useMutation({
    mutationFn: (body: RevokeCertificateBody) => staffCertificatesApi.revoke(id, body),
    onSuccess: store,
  });
}

export function useReissueCertificateMutation(id: string) {
  const store = useStoreCertificate();
  return useMutation({
    mutationFn: (body: ReissueCertificateBody) => staffCertificatesApi.reissue(id, body),
    onSuccess: store,
  });
}

export function useRetryCertificateJobMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (jobId: string) => staffCertificatesApi.retryJob(jobId),
    // The job leaves the failed list; its certificate joins the list once the worker has issued it.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffCertificateKeys.all }),
  });
}

export function useCertificateTemplateQuery(courseId: string) {
  return useQuery({
    queryKey: staffCertificateKeys.template(courseId),
    queryFn: ({ signal }) => staffCertificatesApi.template(courseId, signal),
  });
}

export function useUpdateCertificateTemplateMutation(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CertificateTemplateBody) => staffCertificatesApi.updateTemplate(courseId, body),
    onSuccess: (saved) => queryClient.setQueryData(staffCertificateKeys.template(courseId), saved),
  });
}
