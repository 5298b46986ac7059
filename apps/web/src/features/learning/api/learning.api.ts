import { routes, type ProgressEvent } from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';

export const learningApi = {
  myLearning: (signal?: AbortSignal) => apiRequest(routes.myLearning, { signal }),
  catalogue: (signal?: AbortSignal) => apiRequest(routes.catalogue, { signal }),
  selfEnrol: (courseId: string) => apiRequest(routes.selfEnrol, { params: { id: courseId } }),
  enrolment: (id: string, signal?: AbortSignal) => apiRequest(routes.myEnrolment, { params: { id }, signal }),
  lesson: (id: string, lessonId: string, signal?: AbortSignal) =>
    apiRequest(routes.myLesson, { params: { id, lessonId }, signal }),
  recordProgress: (events: ProgressEvent[]) => apiRequest(routes.recordProgress, { body: { events } }),
};
