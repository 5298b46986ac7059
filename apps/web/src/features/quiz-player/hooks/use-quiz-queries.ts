import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AttemptView, SubmitAttemptBody } from '@sen/contracts';
import { learningKeys } from '../../learning/api/learning.keys';
import { attemptStorage } from '../api/attempt-storage';
import { quizPlayerApi } from '../api/quiz-player.api';
import { quizPlayerKeys } from '../api/quiz-player.keys';

export function useMyQuizQuery(quizId: string | undefined) {
  return useQuery({
    queryKey: quizPlayerKeys.quiz(quizId ?? ''),
    queryFn: ({ signal }) => quizPlayerApi.quiz(quizId!, signal),
    enabled: quizId !== undefined,
    // Attempts used, what is open and the server's clock change with time: always ask again.
    staleTime: 0,
  });
}

export function useAttemptQuery(attemptId: string) {
  return useQuery({
    queryKey: quizPlayerKeys.attempt(attemptId),
    queryFn: ({ signal }) => quizPlayerApi.attempt(attemptId, signal),
    // An attempt in progress is always read afresh when opened, so its answers and clock are the server's
    // latest; the phone's own copy is merged in by revision.
    staleTime: 0,
    gcTime: 0,
  });
}

export function useStartAttemptMutation(quizId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => quizPlayerApi.start(quizId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: quizPlayerKeys.quiz(quizId) }),
  });
}

/** After an attempt is graded: her quiz, her lessons and courses may have changed (a passed step is ticked). */
async function afterGrading(queryClient: ReturnType<typeof useQueryClient>, attempt: AttemptView): Promise<void> {
  attemptStorage.remove(attempt.id);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: quizPlayerKeys.quiz(attempt.quizId) }),
    queryClient.invalidateQueries({ queryKey: learningKeys.all }),
  ]);
}

export function useSubmitAttemptMutation(attemptId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SubmitAttemptBody) => quizPlayerApi.submit(attemptId, body),
    onSuccess: async (attempt) => {
      queryClient.setQueryData(quizPlayerKeys.attempt(attemptId), attempt);
      await afterGrading(queryClient, attempt);
    },
  });
}

/** Reads the attempt again once the server has closed it (time up, or submitted in another tab). */
export function useRefreshClosedAttempt(attemptId: string): () => Promise<void> {
  const queryClient = useQueryClient();
  return async () => {
    const attempt = await queryClient.fetchQuery({
      queryKey: quizPlayerKeys.attempt(attemptId),
      queryFn: ({ signal }) => quizPlayerApi.attempt(attemptId, signal),
      staleTime: 0,
    });
    if (attempt.status === 'submitted') await afterGrading(queryClient, attempt);
  };
}
