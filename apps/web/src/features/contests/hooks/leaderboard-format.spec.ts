import { describe, expect, it } from '@jest/globals';
import type { MyContest } from '@sen/contracts';
import { boardQuery, canTakePart, formatSeconds } from './leaderboard-format';

function contest(status: MyContest['status'], me: MyContest['me'], maxAttempts = 1): MyContest {
  return {
    id: 'c',
    title: 'Hội thi',
    status,
    opensAt: '2026-12-01T01:00:00.000Z',
    closesAt: '2026-12-02T01:00:00.000Z',
    timeLimitMinutes: 20,
    questionCount: 10,
    maxAttempts,
    frozen: false,
    me,
  };
}

describe('leaderboard format', () => {
  it('shows times as a stopwatch does', () => {
    expect(formatSeconds(0)).toBe('0:00');
    expect(formatSeconds(65)).toBe('1:05');
    expect(formatSeconds(20 * 60)).toBe('20:00');
    expect(formatSeconds(3600 + 2 * 60 + 3)).toBe('1:02:03');
  });

  it('asks for the person board or the unit board at the tab’s level', () => {
    expect(boardQuery('person', 2, 20)).toEqual({ by: 'person', page: 2, pageSize: 20 });
    expect(boardQuery('branch', 1, 20)).toEqual({ by: 'unit', level: 'branch', page: 1, pageSize: 20 });
    expect(boardQuery('commune', 1, 20)).toEqual({ by: 'unit', level: 'commune', page: 1, pageSize: 20 });
  });

  it('offers to take part only while open, with an attempt left or one to resume, and not once withdrawn', () => {
    const fresh = { state: 'not_started', attempts: 0, bestPercent: null } as const;
    expect(canTakePart(contest('open', fresh))).toBe(true);
    expect(canTakePart(contest('upcoming', fresh))).toBe(false);
    expect(canTakePart(contest('closed', fresh))).toBe(false);
    expect(canTakePart(contest('open', { state: 'in_progress', attempts: 1, bestPercent: null }))).toBe(true);
    expect(canTakePart(contest('open', { state: 'submitted', attempts: 1, bestPercent: 80 }))).toBe(false);
    expect(canTakePart(contest('open', { state: 'submitted', attempts: 1, bestPercent: 80 }, 2))).toBe(true);
    expect(canTakePart(contest('open', { state: 'withdrawn', attempts: 0, bestPercent: null }, 2))).toBe(false);
  });
});
