import { routeTable, type ProgressEvent } from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';

export const learningApi = {
  myLearning: (signal?: AbortSignal) => apiRequest(routeTable.myLearning, { signal }),
  catalogue: (signal?: AbortSignal) => apiRequest(routeTable.catalogue, { signal }),
  selfEnrol: (courseId: string) => apiRequest(routeTable.selfEnrol, { params: { id: courseId } }),
  enrolment: (id: string, signal?: AbortSignal) => apiRequest(routeTable.myEnrolment, { params: { id }, signal }),
  lesson: (id: string, lessonId: string, signal?: AbortSignal) =>
    apiRequest(routeTable.myLesson, { params: { id, lessonId }, signal }),
  recordProgress: (events: ProgressEvent[]) => apiRequest(routeTable.recordProgress, { body: { events } }),
};
