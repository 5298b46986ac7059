import {
  ATTEMPT_LIST_STATUSES,
  type AttemptListStatus,
  type QuestionStatistic,
  type RegradeBody,
} from '@sen/contracts';
import type { QuizAttemptListParams } from '../api/quiz-results.keys';

/**
 * Rules of thumb of item analysis: a question almost nobody gets right (facility under 0.2) or almost
 * everybody does (over 0.95) tells little apart, and one whose score barely follows the rest of the
 * attempt (discrimination under 0.1, or negative) may have a wrong key or an ambiguous stem.
 */
export const FLAG_LIMITS = { hard: 0.2, easy: 0.95, weak: 0.1 } as const;
export type QuestionFlag = 'hard' | 'easy' | 'weak';

export function questionFlags(q: Pick<QuestionStatistic, 'facility' | 'discrimination'>): QuestionFlag[] {
  const flags: QuestionFlag[] = [];
  if (q.facility !== null && q.facility < FLAG_LIMITS.hard) flags.push('hard');
  if (q.facility !== null && q.facility > FLAG_LIMITS.easy) flags.push('easy');
  // Undefined (too few attempts, or a score that never varies) is no evidence either way.
  if (q.discrimination !== null && q.discrimination < FLAG_LIMITS.weak) flags.push('weak');
  return flags;
}

export interface Band {
  /** Percent where the band starts, included. */
  from: number;
  /** Percent where it ends: excluded, except 100 in the last band. */
  to: number;
  last: boolean;
  count: number;
  /** Height against the fullest band, 0–1. */
  height: number;
}

/** The ten bands of the score distribution, [0,10) … [90,100], ready to draw. */
export function distributionBands(distribution: number[]): Band[] {
  const fullest = Math.max(0, ...distribution);
  return distribution.map((count, index) => ({
    from: index * 10,
    to: index * 10 + 10,
    last: index === distribution.length - 1,
    count,
    height: fullest === 0 ? 0 : count / fullest,
  }));
}

/** The attempts list's filters, as named in the address. */
export const ATTEMPT_FILTERS = ['search', 'status'] as const;
export type AttemptFilter = (typeof ATTEMPT_FILTERS)[number];

/** The status an address names, or none for one the list does not know (an old or edited link). */
export function attemptStatusOf(value: string): AttemptListStatus | undefined {
  return ATTEMPT_LIST_STATUSES.find((status) => status === value);
}

/** The list request for the address: empty filters stay out. */
export function attemptQuery(
  values: Record<AttemptFilter, string>,
  page: number,
  pageSize: number,
): QuizAttemptListParams {
  const status = attemptStatusOf(values.status);
  return {
    ...(values.search ? { search: values.search } : {}),
    ...(status ? { status } : {}),
    page,
    pageSize,
  };
}

/** Questions a regrade would change: the bank's key or points differ from some attempt's copy. */
export function outdatedQuestionIds(questions: QuestionStatistic[]): string[] {
  return questions.filter((q) => q.outdated > 0 && !q.deleted).map((q) => q.questionId);
}

/**
 * The request for the chosen questions. Every question chosen is sent as "all" (no list), which
 * also holds for a random draw from a bank larger than one request may name.
 */
export function regradeBody(chosen: string[], questions: QuestionStatistic[]): RegradeBody {
  const picked = new Set(chosen);
  return questions.every((q) => picked.has(q.questionId)) ? {} : { questionIds: [...picked] };
}
