import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CourseOutline, CreateCourseBody, UpdateDraftBody } from '@sen/contracts';
import { coursesApi } from '../api/courses.api';
import { courseKeys } from '../api/courses.keys';

/** A version's outline came back: cache it, and refresh the course, whose versions and badges follow from it. */
function useOutlineArrived() {
  const queryClient = useQueryClient();
  return async (outline: CourseOutline) => {
    queryClient.setQueryData(courseKeys.version(outline.versionId), outline);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: courseKeys.detail(outline.courseId) }),
      queryClient.invalidateQueries({ queryKey: courseKeys.lists() }),
    ]);
  };
}

export function useCreateCourseMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCourseBody) => coursesApi.create(body),
    onSuccess: async (course) => {
      queryClient.setQueryData(courseKeys.detail(course.id), course);
      await queryClient.invalidateQueries({ queryKey: courseKeys.lists() });
    },
  });
}

export function useUpdateDraftMutation(courseId: string) {
  const arrived = useOutlineArrived();
  return useMutation({
    mutationFn: (body: UpdateDraftBody) => coursesApi.updateDraft(courseId, body),
    onSuccess: arrived,
  });
}

export function useStartDraftMutation(courseId: string) {
  const arrived = useOutlineArrived();
  return useMutation({ mutationFn: () => coursesApi.startDraft(courseId), onSuccess: arrived });
}

export function usePublishMutation() {
  const queryClient = useQueryClient();
  const arrived = useOutlineArrived();
  return useMutation({
    mutationFn: (versionId: string) => coursesApi.publish(versionId),
    onSuccess: async (outline) => {
      // Its lessons are frozen now: open lesson editors must learn they are read-only.
      await Promise.all([arrived(outline), queryClient.invalidateQueries({ queryKey: courseKeys.lessons() })]);
    },
  });
}
