import { drawSize } from '@sen/contracts';
import type {
  ContestBody,
  ContestListItem,
  ContestStatus,
  ContestView,
  ContestWithdrawalView,
  DrawRule,
} from '@sen/contracts';
import type { ContestRow } from './contests.repository';

export function contestStatus(now: Date, opensAt: Date, closesAt: Date): ContestStatus {
  if (now < opensAt) return 'upcoming';
  return now < closesAt ? 'open' : 'closed';
}

export function toListItem(row: ContestRow): ContestListItem {
  return {
    id: row.id,
    title: row.title,
    course: { id: row.courseId, name: row.courseTitle },
    units: row.units.map(({ id, name }) => ({ id, name })),
    opensAt: row.opensAt.toISOString(),
    closesAt: row.closesAt.toISOString(),
    status: contestStatus(row.now, row.opensAt, row.closesAt),
    timeLimitMinutes: Math.round(row.timeLimitSeconds / 60),
    questionCount: drawSize(row.draw),
    participants: row.participants,
    frozenAt: row.frozenAt?.toISOString() ?? null,
  };
}

export function toView(row: ContestRow, withdrawals: ContestWithdrawalView[], canManage: boolean): ContestView {
  return {
    ...toListItem(row),
    bankId: row.bankId,
    draw: row.draw,
    shuffleQuestions: row.shuffleQuestions,
    shuffleOptions: row.shuffleOptions,
    passMark: row.passMark,
    maxAttempts: row.maxAttempts,
    review: row.review,
    withdrawals,
    canManage,
    updatedAt: row.updatedAt.toISOString(),
    serverNow: row.now.toISOString(),
  };
}

/** A draw rule in one canonical spelling (stored jsonb reorders keys), to compare draws. */
function canonicalRule(rule: DrawRule): string {
  return rule.kind === 'fixed' ? `fixed:${rule.questionId}` : `random:${rule.count}:${rule.category ?? ''}`;
}

/**
 * The rules that decide what an attempt draws and how it is timed and scored; once the contest has
 * opened, changing any of them would rank people by different contests. Returns the fields that differ.
 */
export function lockedChanges(row: ContestRow, body: ContestBody): string[] {
  const changed: string[] = [];
  const same = (field: keyof ContestBody, equal: boolean) => {
    if (!equal) changed.push(field);
  };
  same('courseId', row.courseId === body.courseId);
  same('bankId', row.bankId === body.bankId);
  same('draw', row.draw.map(canonicalRule).join('|') === body.draw.map(canonicalRule).join('|'));
  same('shuffleQuestions', row.shuffleQuestions === body.shuffleQuestions);
  same('shuffleOptions', row.shuffleOptions === body.shuffleOptions);
  same('passMark', row.passMark === body.passMark);
  same('maxAttempts', row.maxAttempts === body.maxAttempts);
  same('timeLimitMinutes', row.timeLimitSeconds === body.timeLimitMinutes * 60);
  same('opensAt', row.opensAt.getTime() === Date.parse(body.opensAt));
  return changed;
}
