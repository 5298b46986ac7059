import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { learningKeys } from '../../learning/api/learning.keys';
import { certificatesApi } from '../api/certificates.api';
import { certificateKeys } from '../api/certificates.keys';
import {
  UNLISTED_MAX_POLLS,
  completionCertificate,
  completionPollInterval,
  listPollInterval,
} from './completion-certificate';

/** My certificates, asked again every few seconds while one is being issued. */
export function useMyCertificatesQuery() {
  return useQuery({
    queryKey: certificateKeys.mine(),
    queryFn: ({ signal }) => certificatesApi.mine(signal),
    refetchInterval: (query) => listPollInterval(query.state.data),
  });
}

/**
 * The same list, watched by a completed course until its own certificate is issued: what was found for the
 * completion, and whether the screen stopped asking (the API listed it neither as issued nor as pending).
 */
export function useCompletionCertificate(courseId: string, completedAt: string | null) {
  const queryClient = useQueryClient();
  // Answers are counted from when this screen began to watch, not over the cached query's life.
  const [answersBefore] = useState(() => queryClient.getQueryState(certificateKeys.mine())?.dataUpdateCount ?? 0);
  const query = useQuery({
    queryKey: certificateKeys.mine(),
    queryFn: ({ signal }) => certificatesApi.mine(signal),
    refetchInterval: (q) =>
      completionPollInterval(q.state.data, courseId, completedAt, q.state.dataUpdateCount - answersBefore),
  });
  const found = query.data ? completionCertificate(query.data, courseId, completedAt) : undefined;
  // Read at each render, which every new answer causes.
  const answers = (queryClient.getQueryState(certificateKeys.mine())?.dataUpdateCount ?? 0) - answersBefore;
  const gaveUp = found?.state === 'unlisted' && answers >= UNLISTED_MAX_POLLS;
  return { query, found, gaveUp };
}

/** Starts the course again; the new enrolment then shows in My learning. */
export function useRecertifyMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (certificateId: string) => certificatesApi.recertify(certificateId),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: learningKeys.all }),
        queryClient.invalidateQueries({ queryKey: certificateKeys.all }),
      ]),
  });
}
