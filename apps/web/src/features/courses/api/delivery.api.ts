import { routes, type AssignCourseBody, type CreateRequirementBody } from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';
import type { EnrolmentListParams } from './delivery.keys';

export const deliveryApi = {
  enrolments: (courseId: string, query: EnrolmentListParams, signal?: AbortSignal) =>
    apiRequest(routes.listCourseEnrolments, { params: { id: courseId }, query, signal }),
  assign: (courseId: string, body: AssignCourseBody) =>
    apiRequest(routes.assignCourse, { params: { id: courseId }, body }),
  endEnrolment: (enrolmentId: string) => apiRequest(routes.endEnrolment, { params: { id: enrolmentId } }),
  requirements: (courseId: string, signal?: AbortSignal) =>
    apiRequest(routes.listCourseRequirements, { params: { id: courseId }, signal }),
  createRequirement: (courseId: string, body: CreateRequirementBody) =>
    apiRequest(routes.createCourseRequirement, { params: { id: courseId }, body }),
  endRequirement: (requirementId: string) => apiRequest(routes.endCourseRequirement, { params: { id: requirementId } }),
  updateSettings: (courseId: string, openEnrolment: boolean) =>
    apiRequest(routes.updateCourseSettings, { params: { id: courseId }, body: { openEnrolment } }),
};
