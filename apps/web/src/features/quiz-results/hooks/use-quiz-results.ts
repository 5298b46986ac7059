import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RegradeBody } from '@sen/contracts';
import { quizResultsApi } from '../api/quiz-results.api';
import { quizResultKeys, type QuizAttemptListParams } from '../api/quiz-results.keys';

export function useQuizStatisticsQuery(quizId: string) {
  return useQuery({
    queryKey: quizResultKeys.statistics(quizId),
    queryFn: ({ signal }) => quizResultsApi.statistics(quizId, signal),
  });
}

export function useQuizAttemptsQuery(quizId: string, query: QuizAttemptListParams) {
  return useQuery({
    queryKey: quizResultKeys.attempts(quizId, query),
    queryFn: ({ signal }) => quizResultsApi.attempts(quizId, query, signal),
    placeholderData: keepPreviousData,
  });
}

/** The quiz of a lesson (404 while its rules are not set). */
export function useLessonQuizQuery(lessonId: string, enabled: boolean) {
  return useQuery({
    queryKey: quizResultKeys.lessonQuiz(lessonId),
    queryFn: ({ signal }) => quizResultsApi.lessonQuiz(lessonId, signal),
    enabled,
  });
}

export function useRegradeMutation(quizId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegradeBody) => quizResultsApi.regrade(quizId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: quizResultKeys.quiz(quizId) }),
  });
}
