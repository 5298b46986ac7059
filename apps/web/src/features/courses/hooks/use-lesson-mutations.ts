import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateLessonBody } from '@sen/contracts';
import { coursesApi } from '../api/courses.api';
import { courseKeys } from '../api/courses.keys';

export function useUpdateLessonMutation(lessonId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateLessonBody) => coursesApi.updateLesson(lessonId, body),
    onSuccess: async (lesson) => {
      // The stored, sanitised lesson is the truth the editor shows from now on.
      queryClient.setQueryData(courseKeys.lesson(lesson.id), lesson);
      await queryClient.invalidateQueries({ queryKey: courseKeys.version(lesson.versionId) });
    },
  });
}
