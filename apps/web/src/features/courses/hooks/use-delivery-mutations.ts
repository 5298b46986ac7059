import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssignCourseBody, CreateRequirementBody } from '@sen/contracts';
import { deliveryApi } from '../api/delivery.api';
import { deliveryKeys } from '../api/delivery.keys';
import { courseKeys } from '../api/courses.keys';

/**
 * Enrolments and requirements move together: a requirement enrols people, and its row counts them,
 * so any change refreshes everything known about the course's learners.
 */
function useInvalidateDelivery(courseId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: deliveryKeys.course(courseId) });
}

export function useAssignCourseMutation(courseId: string) {
  const invalidate = useInvalidateDelivery(courseId);
  return useMutation({
    mutationFn: (body: AssignCourseBody) => deliveryApi.assign(courseId, body),
    onSuccess: invalidate,
  });
}

export function useEndEnrolmentMutation(courseId: string) {
  const invalidate = useInvalidateDelivery(courseId);
  return useMutation({
    mutationFn: (enrolmentId: string) => deliveryApi.endEnrolment(enrolmentId),
    onSuccess: invalidate,
  });
}

export function useCreateRequirementMutation(courseId: string) {
  const invalidate = useInvalidateDelivery(courseId);
  return useMutation({
    mutationFn: (body: CreateRequirementBody) => deliveryApi.createRequirement(courseId, body),
    onSuccess: invalidate,
  });
}

export function useEndRequirementMutation(courseId: string) {
  const invalidate = useInvalidateDelivery(courseId);
  return useMutation({
    mutationFn: (requirementId: string) => deliveryApi.endRequirement(requirementId),
    onSuccess: invalidate,
  });
}

export function useCourseSettingsMutation(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (openEnrolment: boolean) => deliveryApi.updateSettings(courseId, openEnrolment),
    onSuccess: async (course) => {
      queryClient.setQueryData(courseKeys.detail(course.id), course);
      await queryClient.invalidateQueries({ queryKey: courseKeys.lists() });
    },
  });
}
