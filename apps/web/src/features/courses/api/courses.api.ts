import {
  routes,
  type CreateCourseBody,
  type LessonCompletion,
  type ModuleTitleBody,
  type UpdateDraftBody,
  type UpdateLessonBody,
} from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';
import type { CourseListParams } from './courses.keys';

export interface NewLesson {
  title: string;
  completion?: LessonCompletion;
  estimatedMinutes?: number;
}

export const coursesApi = {
  list: (query: CourseListParams, signal?: AbortSignal) => apiRequest(routes.listCourses, { query, signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest(routes.getCourse, { params: { id }, signal }),
  create: (body: CreateCourseBody) => apiRequest(routes.createCourse, { body }),
  updateDraft: (id: string, body: UpdateDraftBody) => apiRequest(routes.updateCourseDraft, { params: { id }, body }),
  startDraft: (id: string) => apiRequest(routes.startCourseDraft, { params: { id } }),
  getVersion: (id: string, signal?: AbortSignal) => apiRequest(routes.getCourseVersion, { params: { id }, signal }),
  publish: (versionId: string) => apiRequest(routes.publishCourseVersion, { params: { id: versionId } }),
  createModule: (versionId: string, body: ModuleTitleBody) =>
    apiRequest(routes.createModule, { params: { id: versionId }, body }),
  reorderModules: (versionId: string, moduleIds: string[]) =>
    apiRequest(routes.reorderModules, { params: { id: versionId }, body: { moduleIds } }),
  renameModule: (moduleId: string, body: ModuleTitleBody) =>
    apiRequest(routes.updateModule, { params: { id: moduleId }, body }),
  deleteModule: (moduleId: string) => apiRequest(routes.deleteModule, { params: { id: moduleId } }),
  createLesson: (moduleId: string, body: NewLesson) =>
    apiRequest(routes.createLesson, { params: { id: moduleId }, body }),
  reorderLessons: (moduleId: string, lessonIds: string[]) =>
    apiRequest(routes.reorderLessons, { params: { id: moduleId }, body: { lessonIds } }),
  getLesson: (id: string, signal?: AbortSignal) => apiRequest(routes.getLesson, { params: { id }, signal }),
  updateLesson: (id: string, body: UpdateLessonBody) => apiRequest(routes.updateLesson, { params: { id }, body }),
  deleteLesson: (id: string) => apiRequest(routes.deleteLesson, { params: { id } }),
};
