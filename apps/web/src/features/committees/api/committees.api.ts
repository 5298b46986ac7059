import {
  routeTable,
  type CreateCommitteeBody,
  type RecipientBody,
  type ReportScheduleBody,
  type UpdateCommitteeBody,
  type UpdateRecipientBody,
  type UpdateReportScheduleBody,
} from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';
import type { CommitteeListParams } from './committees.keys';

/** Cohorts to choose from: the newest hundred in scope is plenty for one picker. */
const COHORT_PAGE = { page: 1, pageSize: 100 };

export const committeesApi = {
  list: (query: CommitteeListParams, signal?: AbortSignal) => apiRequest(routeTable.listCommittees, { query, signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest(routeTable.getCommittee, { params: { id }, signal }),
  create: (body: CreateCommitteeBody) => apiRequest(routeTable.createCommittee, { body }),
  update: (id: string, body: UpdateCommitteeBody) => apiRequest(routeTable.updateCommittee, { params: { id }, body }),
  archive: (id: string) => apiRequest(routeTable.archiveCommittee, { params: { id } }),
  addRecipient: (committeeId: string, body: RecipientBody) =>
    apiRequest(routeTable.addCommitteeRecipient, { params: { id: committeeId }, body }),
  updateRecipient: (id: string, body: UpdateRecipientBody) =>
    apiRequest(routeTable.updateCommitteeRecipient, { params: { id }, body }),
  removeRecipient: (id: string) => apiRequest(routeTable.removeCommitteeRecipient, { params: { id } }),
  courseOptions: (committeeId: string, signal?: AbortSignal) =>
    apiRequest(routeTable.listCommitteeCourseOptions, { params: { id: committeeId }, signal }),
  cohorts: (signal?: AbortSignal) => apiRequest(routeTable.listCohorts, { query: COHORT_PAGE, signal }),
  createSchedule: (committeeId: string, body: ReportScheduleBody) =>
    apiRequest(routeTable.createReportSchedule, { params: { id: committeeId }, body }),
  updateSchedule: (id: string, body: UpdateReportScheduleBody) =>
    apiRequest(routeTable.updateReportSchedule, { params: { id }, body }),
  deleteSchedule: (id: string) => apiRequest(routeTable.deleteReportSchedule, { params: { id } }),
};
