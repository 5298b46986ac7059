import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { contestsApi, type LeaderboardParams } from '../api/contests.api';
import { contestKeys } from '../api/contests.keys';

/** How often a live leaderboard is read again; a frozen one never changes. */
export const LEADERBOARD_POLL_MS = 10_000;

export function useContestsQuery(query: { page: number; pageSize: number }) {
  return useQuery({
    queryKey: contestKeys.list(query),
    queryFn: ({ signal }) => contestsApi.list(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useContestQuery(id: string) {
  return useQuery({ queryKey: contestKeys.detail(id), queryFn: ({ signal }) => contestsApi.get(id, signal) });
}

/** Reads a live board again every 10 s (not while the tab is hidden) and stops once the result is frozen. */
export function useLeaderboardQuery(id: string, query: LeaderboardParams) {
  return useQuery({
    queryKey: contestKeys.board(id, query),
    queryFn: ({ signal }) => contestsApi.leaderboard(id, query, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data?.frozen ? false : LEADERBOARD_POLL_MS),
  });
}

export function useMyContestsQuery() {
  return useQuery({ queryKey: contestKeys.mine(), queryFn: ({ signal }) => contestsApi.mine(signal) });
}

/** The question banks of the chosen course, to draw from. */
export function useCourseBanksQuery(courseId: string | undefined) {
  return useQuery({
    queryKey: contestKeys.banks(courseId ?? ''),
    queryFn: ({ signal }) => contestsApi.banks(courseId ?? '', signal),
    enabled: Boolean(courseId),
  });
}
