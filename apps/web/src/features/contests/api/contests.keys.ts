import type { LeaderboardParams } from './contests.api';

export const contestKeys = {
  all: ['contests'] as const,
  lists: () => [...contestKeys.all, 'list'] as const,
  list: (query: { page: number; pageSize: number }) => [...contestKeys.lists(), query] as const,
  details: () => [...contestKeys.all, 'detail'] as const,
  detail: (id: string) => [...contestKeys.details(), id] as const,
  boards: (id: string) => [...contestKeys.all, 'board', id] as const,
  board: (id: string, query: LeaderboardParams) => [...contestKeys.boards(id), query] as const,
  mine: () => [...contestKeys.all, 'mine'] as const,
  banks: (courseId: string) => [...contestKeys.all, 'banks', courseId] as const,
};
