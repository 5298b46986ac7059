import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ContestBody, ContestView, WithdrawContestantBody } from '@sen/contracts';
import { contestsApi } from '../api/contests.api';
import { contestKeys } from '../api/contests.keys';

function useStoreContest() {
  const queryClient = useQueryClient();
  return async (contest: ContestView) => {
    queryClient.setQueryData(contestKeys.detail(contest.id), contest);
    await queryClient.invalidateQueries({ queryKey: contestKeys.lists() });
  };
}

export function useCreateContestMutation() {
  const store = useStoreContest();
  return useMutation({ mutationFn: (body: ContestBody) => contestsApi.create(body), onSuccess: store });
}

export function useUpdateContestMutation(id: string) {
  const store = useStoreContest();
  return useMutation({ mutationFn: (body: ContestBody) => contestsApi.update(id, body), onSuccess: store });
}

/** A withdrawal changes the contest's list of withdrawals and, while it is live, its boards. */
export function useWithdrawMutation(id: string) {
  const store = useStoreContest();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WithdrawContestantBody) => contestsApi.withdraw(id, body),
    onSuccess: async (contest) => {
      await store(contest);
      await queryClient.invalidateQueries({ queryKey: contestKeys.boards(id) });
    },
  });
}
