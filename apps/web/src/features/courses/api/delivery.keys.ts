import type { RequestInput, routes } from '@sen/contracts';

export type EnrolmentListParams = NonNullable<RequestInput<typeof routes.listCourseEnrolments>['query']>;

/** Who takes a course: its enrolments and the requirements that create some of them. */
export const deliveryKeys = {
  all: ['course-delivery'] as const,
  course: (courseId: string) => [...deliveryKeys.all, courseId] as const,
  enrolmentLists: (courseId: string) => [...deliveryKeys.course(courseId), 'enrolments'] as const,
  enrolments: (courseId: string, query: EnrolmentListParams) =>
    [...deliveryKeys.enrolmentLists(courseId), query] as const,
  requirements: (courseId: string) => [...deliveryKeys.course(courseId), 'requirements'] as const,
};
