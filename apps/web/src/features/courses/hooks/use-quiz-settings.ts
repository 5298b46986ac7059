import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LessonView, QuizSettingsBody } from '@sen/contracts';
import { courseKeys } from '../api/courses.keys';
import { quizSettingsApi } from '../api/quiz-settings.api';
import { quizSettingsKeys } from '../api/quiz-settings.keys';

export function useLessonQuizQuery(lessonId: string) {
  return useQuery({
    queryKey: quizSettingsKeys.lesson(lessonId),
    queryFn: ({ signal }) => quizSettingsApi.get(lessonId, signal),
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
