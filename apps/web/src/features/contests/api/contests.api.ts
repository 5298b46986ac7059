import {
  routeTable,
  type ContestBody,
  type RequestInput,
  type routes,
  type WithdrawContestantBody,
} from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';

export type LeaderboardParams = NonNullable<RequestInput<typeof routes.contestLeaderboard>['query']>;

// Route table lines only (no schemas): the trainee's contest screens must not load zod.
export const contestsApi = {
  list: (query: { page: number; pageSize: number }, signal?: AbortSignal) =>
    apiRequest(routeTable.listContests, { query, signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest(routeTable.getContest, { params: { id }, signal }),
  create: (body: ContestBody) => apiRequest(routeTable.createContest, { body }),
  update: (id: string, body: ContestBody) => apiRequest(routeTable.updateContest, { params: { id }, body }),
  withdraw: (id: string, body: WithdrawContestantBody) =>
    apiRequest(routeTable.withdrawContestant, { params: { id }, body }),
  leaderboard: (id: string, query: LeaderboardParams, signal?: AbortSignal) =>
    apiRequest(routeTable.contestLeaderboard, { params: { id }, query, signal }),
  mine: (signal?: AbortSignal) => apiRequest(routeTable.myContests, { signal }),
  banks: (courseId: string, signal?: AbortSignal) =>
    apiRequest(routeTable.listQuestionBanks, { params: { id: courseId }, signal }),
};
