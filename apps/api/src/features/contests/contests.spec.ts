import type { ContestBody, PersonStanding } from '@sen/contracts';
import type { Actor } from '../../core/access/actor';
import { contestResultsCsv, formatDuration, spreadsheetText } from './contest-results-csv';
import { CONTEST_AUTHORS, CONTEST_STAFF, overlapsScope } from './contest-scope';
import { contestStatus, lockedChanges } from './contests.mapper';
import type { ContestRow } from './contests.repository';
import { findMe, markMe, pageOf, type PersonEntry } from './leaderboard-snapshot';

const actor = (grants: Actor['grants']): Actor => ({ userId: 'u', personId: 'me', sessionId: 's', grants });

function entry(rank: number, personId: string, fields: Partial<PersonStanding> = {}): PersonEntry {
  return {
    rank,
    person: { id: personId, name: `Người ${personId}` },
    unit: { id: 'b1', name: 'Chi hội thôn Đông' },
    branch: { id: 'b1', name: 'Chi hội thôn Đông' },
    commune: { id: 'c1', name: 'Xã Minh Tân' },
    percent: 100,
    timeSeconds: 75,
    submittedAt: '2026-11-23T03:04:05.000Z',
    ...fields,
  };
}

describe('contest scope', () => {
  const contest = { ownerPath: '/p/vb/mt/', units: [{ path: '/p/vb/' }] };

  it('covers a contest whose course owner is in scope', () => {
    expect(
      overlapsScope(actor([{ role: 'trainer', unitId: 'mt', unitPath: '/p/vb/mt/' }]), CONTEST_STAFF, contest),
    ).toBe(true);
  });

  it('covers a contest open to a unit around or inside the scope, not a sibling', () => {
    const commune = actor([{ role: 'reviewer', unitId: 'lm', unitPath: '/p/vb/lm/' }]);
    expect(overlapsScope(commune, CONTEST_STAFF, contest)).toBe(true);
    const province = actor([{ role: 'reviewer', unitId: 'p', unitPath: '/p/' }]);
    expect(overlapsScope(province, CONTEST_STAFF, { ownerPath: '/q/', units: [{ path: '/p/vb/' }] })).toBe(true);
    const sibling = actor([{ role: 'admin', unitId: 'yy', unitPath: '/p/yy/' }]);
    expect(overlapsScope(sibling, CONTEST_STAFF, contest)).toBe(false);
  });

  it('does not let a trainee or another role stand in', () => {
    expect(overlapsScope(actor([{ role: 'trainee', unitId: 'p', unitPath: '/p/' }]), CONTEST_STAFF, contest)).toBe(
      false,
    );
    expect(overlapsScope(actor([{ role: 'reviewer', unitId: 'p', unitPath: '/p/' }]), CONTEST_AUTHORS, contest)).toBe(
      false,
    );
  });
});

describe('contest status and locked rules', () => {
  const opensAt = new Date('2026-12-01T01:00:00Z');
  const closesAt = new Date('2026-12-02T01:00:00Z');

  it('is upcoming, open, then closed at the close itself', () => {
    expect(contestStatus(new Date('2026-12-01T00:59:59Z'), opensAt, closesAt)).toBe('upcoming');
    expect(contestStatus(opensAt, opensAt, closesAt)).toBe('open');
    expect(contestStatus(closesAt, opensAt, closesAt)).toBe('closed');
  });

  const row = {
    courseId: 'c',
    bankId: 'b',
    // As stored: jsonb orders keys its own way.
    draw: [{ count: 5, kind: 'random', category: null }],
    shuffleQuestions: true,
    shuffleOptions: true,
    passMark: 50,
    maxAttempts: 1,
    timeLimitSeconds: 1200,
    opensAt,
  } as unknown as ContestRow;
  const body: ContestBody = {
    courseId: 'c',
    bankId: 'b',
    title: 'Hội thi',
    draw: [{ kind: 'random', category: null, count: 5 }],
    shuffleQuestions: true,
    shuffleOptions: true,
    passMark: 50,
    maxAttempts: 1,
    timeLimitMinutes: 20,
    opensAt: '2026-12-01T08:00:00+07:00',
    closesAt: '2026-12-03T08:00:00+07:00',
    review: 'answers',
    unitIds: ['u'],
  };

  it('finds no change when only the title, review, close and units differ', () => {
    expect(lockedChanges(row, { ...body, title: 'Khác', review: 'score', unitIds: ['v', 'w'] })).toEqual([]);
  });

  it('names every rule that would change what an attempt draws, times or scores', () => {
    expect(
      lockedChanges(row, {
        ...body,
        draw: [{ kind: 'random', category: 'Tin học', count: 5 }],
        timeLimitMinutes: 25,
        passMark: 60,
        opensAt: '2026-12-01T09:00:00+07:00',
      }),
    ).toEqual(['draw', 'passMark', 'timeLimitMinutes', 'opensAt']);
  });
});

describe('stored leaderboard', () => {
  const rows = [entry(1, 'a'), entry(1, 'b'), entry(3, 'c'), entry(4, 'me'), entry(5, 'e')];

  it('pages the stored rows and counts them all', () => {
    expect(pageOf(rows, 2, 2)).toEqual({ items: [rows[2], rows[3]], total: 5 });
    expect(pageOf(rows, 4, 2)).toEqual({ items: [], total: 5 });
  });

  it('marks and finds the reader’s own row', () => {
    expect(markMe(rows[3]!, 'me').isMe).toBe(true);
    expect(markMe(rows[0]!, 'me').isMe).toBe(false);
    expect(findMe(rows, 'me')).toMatchObject({ rank: 4, isMe: true });
    expect(findMe(rows, 'nobody')).toBeNull();
    expect(findMe(rows, null)).toBeNull();
  });
});

describe('results CSV', () => {
  it('writes durations as h:mm:ss', () => {
    expect(formatDuration(0)).toBe('0:00:00');
    expect(formatDuration(75)).toBe('0:01:15');
    expect(formatDuration(3 * 3600 + 5)).toBe('3:00:05');
  });

  it('keeps spreadsheet formulas from running', () => {
    expect(spreadsheetText('=1+1')).toBe("'=1+1");
    expect(spreadsheetText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(spreadsheetText('-2')).toBe("'-2");
    expect(spreadsheetText('Nguyễn Thị Hoa')).toBe('Nguyễn Thị Hoa');
  });

  it('starts with a byte order mark and writes ranked rows in Vietnam time', () => {
    const csv = contestResultsCsv([entry(1, 'a'), entry(1, 'b', { branch: null, percent: 87.5 })]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[1]).toBe(
      '1,Người a,Chi hội thôn Đông,Chi hội thôn Đông,Xã Minh Tân,100.00,0:01:15,75,2026-11-23 10:04:05',
    );
    expect(lines[2]).toBe('1,Người b,Chi hội thôn Đông,,Xã Minh Tân,87.50,0:01:15,75,2026-11-23 10:04:05');
  });
});
