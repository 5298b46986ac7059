import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { coursesApi } from '../api/courses.api';
import { courseKeys, type CourseListParams } from '../api/courses.keys';

export function useCoursesQuery(query: CourseListParams) {
  return useQuery({
    queryKey: courseKeys.list(query),
    queryFn: ({ signal }) => coursesApi.list(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCourseQuery(id: string) {
  return useQuery({ queryKey: courseKeys.detail(id), queryFn: ({ signal }) => coursesApi.get(id, signal) });
}

export function useCourseVersionQuery(versionId: string | undefined) {
  return useQuery({
    queryKey: courseKeys.version(versionId ?? ''),
    queryFn: ({ signal }) => coursesApi.getVersion(versionId ?? '', signal),
    enabled: Boolean(versionId),
  });
}

export function useLessonQuery(id: string) {
  return useQuery({ queryKey: courseKeys.lesson(id), queryFn: ({ signal }) => coursesApi.getLesson(id, signal) });
}
