import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LessonView, QuizSettingsBody } from '@sen/contracts';
import { courseKeys } from '../api/courses.keys';
import { quizSettingsApi, type QuestionSearch } from '../api/quiz-settings.api';
import { quizSettingsKeys } from '../api/quiz-settings.keys';

export function useLessonQuizQuery(lessonId: string) {
  return useQuery({
    queryKey: quizSettingsKeys.lesson(lessonId),
    queryFn: ({ signal }) => quizSettingsApi.get(lessonId, signal),
  });
}

export function useQuestionBanksQuery(courseId: string) {
  return useQuery({
    queryKey: quizSettingsKeys.banks(courseId),
    queryFn: ({ signal }) => quizSettingsApi.banks(courseId, signal),
  });
}

/** A bank's questions matching the words typed, for picking a given question. */
export function useQuestionSearchQuery(bankId: string, query: QuestionSearch, enabled: boolean) {
  return useQuery({
    queryKey: quizSettingsKeys.questions(bankId, query),
    queryFn: ({ signal }) => quizSettingsApi.questions(bankId, query, signal),
    enabled: enabled && bankId !== '',
    placeholderData: keepPreviousData,
  });
}

/** A chosen question, to name it even when the current search does not list it. */
export function useQuestionQuery(questionId: string) {
  return useQuery({
    queryKey: quizSettingsKeys.question(questionId),
    queryFn: ({ signal }) => quizSettingsApi.question(questionId, signal),
    enabled: questionId !== '',
    staleTime: 5 * 60_000,
  });
}

export function useSaveQuizSettingsMutation(lesson: LessonView) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: QuizSettingsBody) => quizSettingsApi.put(lesson.id, body),
    onSuccess: async (saved) => {
      queryClient.setQueryData(quizSettingsKeys.lesson(lesson.id), saved);
      // The course outline marks quiz steps whose rules are missing.
      await queryClient.invalidateQueries({ queryKey: courseKeys.version(lesson.versionId) });
    },
  });
}
