import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { committeesApi } from '../api/committees.api';
import { committeeKeys, type CommitteeListParams } from '../api/committees.keys';

export function useCommitteesQuery(query: CommitteeListParams) {
  return useQuery({
    queryKey: committeeKeys.list(query),
    queryFn: ({ signal }) => committeesApi.list(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCommitteeQuery(id: string) {
  return useQuery({ queryKey: committeeKeys.detail(id), queryFn: ({ signal }) => committeesApi.get(id, signal) });
}

export function useCommitteeCourseOptionsQuery(committeeId: string) {
  return useQuery({
    queryKey: committeeKeys.courseOptions(committeeId),
    queryFn: ({ signal }) => committeesApi.courseOptions(committeeId, signal),
  });
}

export function useCohortsQuery(enabled: boolean) {
  return useQuery({
    queryKey: committeeKeys.cohorts(),
    queryFn: ({ signal }) => committeesApi.cohorts(signal),
    enabled,
  });
}
