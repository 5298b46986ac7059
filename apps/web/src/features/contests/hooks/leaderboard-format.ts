import type { MyContest } from '@sen/contracts';

/** Whether she may start or resume an attempt now: open, not withdrawn, an attempt left or one in progress. */
export function canTakePart(contest: MyContest): boolean {
  if (contest.status !== 'open') return false;
  const { state, attempts } = contest.me;
  if (state === 'withdrawn') return false;
  return state === 'in_progress' || attempts < contest.maxAttempts;
}

/** A time taken, as a stopwatch shows it: `m:ss`, or `h:mm:ss` from an hour. */
export function formatSeconds(total: number): string {
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

export type BoardTab = 'person' | 'branch' | 'commune';
export const BOARD_TABS: readonly BoardTab[] = ['person', 'branch', 'commune'];

/** The leaderboard request for a tab and page. */
export function boardQuery(tab: BoardTab, page: number, pageSize: number) {
  return tab === 'person'
    ? { by: 'person' as const, page, pageSize }
    : { by: 'unit' as const, level: tab, page, pageSize };
}
