import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CommitteeDetail,
  CreateCommitteeBody,
  RecipientBody,
  ReportScheduleBody,
  UpdateCommitteeBody,
  UpdateRecipientBody,
  UpdateReportScheduleBody,
} from '@sen/contracts';
import { committeesApi } from '../api/committees.api';
import { committeeKeys } from '../api/committees.keys';

/** A changed committee replaces its detail at once; lists (counts, names) are fetched again. */
function useStoreCommittee() {
  const queryClient = useQueryClient();
  return async (committee: CommitteeDetail) => {
    queryClient.setQueryData(committeeKeys.detail(committee.id), committee);
    await queryClient.invalidateQueries({ queryKey: committeeKeys.lists() });
  };
}

/** Recipients and schedules come inside the committee's detail: after a change to one, it is read again. */
function useRefreshCommittee(committeeId: string) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: committeeKeys.detail(committeeId) });
    await queryClient.invalidateQueries({ queryKey: committeeKeys.lists() });
  };
}

export function useCreateCommitteeMutation() {
  const store = useStoreCommittee();
  return useMutation({ mutationFn: (body: CreateCommitteeBody) => committeesApi.create(body), onSuccess: store });
}

export function useUpdateCommitteeMutation(id: string) {
  const store = useStoreCommittee();
  return useMutation({ mutationFn: (body: UpdateCommitteeBody) => committeesApi.update(id, body), onSuccess: store });
}

export function useArchiveCommitteeMutation(id: string) {
  const store = useStoreCommittee();
  return useMutation({ mutationFn: () => committeesApi.archive(id), onSuccess: store });
}

export function useAddRecipientMutation(committeeId: string) {
  const refresh = useRefreshCommittee(committeeId);
  return useMutation({
    mutationFn: (body: RecipientBody) => committeesApi.addRecipient(committeeId, body),
    onSuccess: refresh,
  });
}

export function useUpdateRecipientMutation(committeeId: string) {
  const refresh = useRefreshCommittee(committeeId);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateRecipientBody }) => committeesApi.updateRecipient(id, body),
    onSuccess: refresh,
  });
}

export function useRemoveRecipientMutation(committeeId: string) {
  const refresh = useRefreshCommittee(committeeId);
  return useMutation({ mutationFn: (id: string) => committeesApi.removeRecipient(id), onSuccess: refresh });
}

export function useCreateScheduleMutation(committeeId: string) {
  const refresh = useRefreshCommittee(committeeId);
  return useMutation({
    mutationFn: (body: ReportScheduleBody) => committeesApi.createSchedule(committeeId, body),
    onSuccess: refresh,
  });
}

export function useUpdateScheduleMutation(committeeId: string) {
  const refresh = useRefreshCommittee(committeeId);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateReportScheduleBody }) =>
      committeesApi.updateSchedule(id, body),
    onSuccess: refresh,
  });
}

export function useDeleteScheduleMutation(committeeId: string) {
  const refresh = useRefreshCommittee(committeeId);
  return useMutation({ mutationFn: (id: string) => committeesApi.deleteSchedule(id), onSuccess: refresh });
}
