import { useQuery } from '@tanstack/react-query';
import { learningApi } from '../api/learning.api';
import { learningKeys } from '../api/learning.keys';

export function useMyLearningQuery() {
  return useQuery({ queryKey: learningKeys.mine(), queryFn: ({ signal }) => learningApi.myLearning(signal) });
}

export function useCatalogueQuery() {
  return useQuery({ queryKey: learningKeys.catalogue(), queryFn: ({ signal }) => learningApi.catalogue(signal) });
}

export function useEnrolmentQuery(id: string) {
  return useQuery({ queryKey: learningKeys.enrolment(id), queryFn: ({ signal }) => learningApi.enrolment(id, signal) });
}

export function useLearnerLessonQuery(enrolmentId: string, lessonId: string, enabled = true) {
  return useQuery({
    queryKey: learningKeys.lesson(enrolmentId, lessonId),
    queryFn: ({ signal }) => learningApi.lesson(enrolmentId, lessonId, signal),
    enabled,
  });
}
