import type { RequestInput, routes } from '@sen/contracts';

export type CourseListParams = NonNullable<RequestInput<typeof routes.listCourses>['query']>;

export const courseKeys = {
  all: ['courses'] as const,
  lists: () => [...courseKeys.all, 'list'] as const,
  list: (query: CourseListParams) => [...courseKeys.lists(), query] as const,
  details: () => [...courseKeys.all, 'detail'] as const,
  detail: (id: string) => [...courseKeys.details(), id] as const,
  versions: () => [...courseKeys.all, 'version'] as const,
  version: (id: string) => [...courseKeys.versions(), id] as const,
  lessons: () => [...courseKeys.all, 'lesson'] as const,
  lesson: (id: string) => [...courseKeys.lessons(), id] as const,
};
