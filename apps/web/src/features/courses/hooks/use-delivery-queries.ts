import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { deliveryApi } from '../api/delivery.api';
import { deliveryKeys, type EnrolmentListParams } from '../api/delivery.keys';

export function useCourseEnrolmentsQuery(courseId: string, query: EnrolmentListParams, enabled = true) {
  return useQuery({
    queryKey: deliveryKeys.enrolments(courseId, query),
    queryFn: ({ signal }) => deliveryApi.enrolments(courseId, query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCourseRequirementsQuery(courseId: string) {
  return useQuery({
    queryKey: deliveryKeys.requirements(courseId),
    queryFn: ({ signal }) => deliveryApi.requirements(courseId, signal),
  });
}
