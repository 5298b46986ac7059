import { z } from 'zod';
import { IsoDateTime, PageQueryFields, Ref, UuidSchema, pageOf } from './common';
import { DrawRule, QuizRuleFields, ReviewPolicySchema, checkRules } from './quiz-attempts';

/** The most units one contest may be open to (each counts with its whole subtree). */
export const MAX_CONTEST_UNITS = 50;

/** Before `opensAt`, between the two dates, after `closesAt`. */
export const CONTEST_STATUSES = ['upcoming', 'open', 'closed'] as const;
export const ContestStatusSchema = z.enum(CONTEST_STATUSES);
export type ContestStatus = z.infer<typeof ContestStatusSchema>;

/**
 * A contest as its authors write it: a quiz's rules over a bank of the course, with a time limit and a
 * window that a contest must have, open to the people of some units' subtrees.
 */
export const ContestBody = z
  .strictObject({
    courseId: UuidSchema,
    title: z.string().trim().min(1).max(200),
    ...QuizRuleFields,
    /** One attempt by default: a contest ranks each person's best. */
    maxAttempts: z.number().int().min(1).max(100).default(1),
    timeLimitMinutes: z.number().int().min(1).max(600),
    opensAt: IsoDateTime,
    closesAt: IsoDateTime,
    unitIds: z.array(UuidSchema).min(1).max(MAX_CONTEST_UNITS),
  })
  .superRefine((body, ctx) => {
    checkRules(body, ctx);
    if (new Set(body.unitIds).size !== body.unitIds.length) {
      ctx.addIssue({ code: 'custom', path: ['unitIds'], message: 'Each unit only once' });
    }
  });
export type ContestBody = z.infer<typeof ContestBody>;

export const ContestListItem = z.object({
  id: z.uuid(),
  title: z.string(),
  course: Ref,
  units: z.array(Ref),
  opensAt: IsoDateTime,
  closesAt: IsoDateTime,
  status: ContestStatusSchema,
  timeLimitMinutes: z.number().int(),
  questionCount: z.number().int(),
  /** People with at least one attempt. */
  participants: z.number().int(),
  /** When the final leaderboard was stored; null while it is computed live. */
  frozenAt: IsoDateTime.nullable(),
});
export type ContestListItem = z.infer<typeof ContestListItem>;
export const ContestPage = pageOf(ContestListItem);
export type ContestPage = z.infer<typeof ContestPage>;
export const ContestListQuery = z.strictObject({ ...PageQueryFields });
export type ContestListQuery = z.infer<typeof ContestListQuery>;

export const ContestWithdrawalView = z.object({
  person: Ref,
  reason: z.string(),
  withdrawnAt: IsoDateTime,
  withdrawnBy: z.string(),
});
export type ContestWithdrawalView = z.infer<typeof ContestWithdrawalView>;

/** A contest as staff see it; `rules` are what an author sends back to edit it. */
export const ContestView = ContestListItem.extend({
  bankId: z.uuid(),
  draw: z.array(DrawRule),
  shuffleQuestions: z.boolean(),
  shuffleOptions: z.boolean(),
  passMark: z.number().int(),
  maxAttempts: z.number().int(),
  review: ReviewPolicySchema,
  withdrawals: z.array(ContestWithdrawalView),
  /** Whether the caller may edit it and withdraw contestants (an author of the course's owner unit). */
  canManage: z.boolean(),
  updatedAt: IsoDateTime,
  serverNow: IsoDateTime,
});
export type ContestView = z.infer<typeof ContestView>;

export const WithdrawContestantBody = z.strictObject({
  personId: UuidSchema,
  reason: z.string().trim().min(1).max(500),
});
export type WithdrawContestantBody = z.infer<typeof WithdrawContestantBody>;

// ——— Leaderboards ———

export const LEADERBOARD_KINDS = ['person', 'unit'] as const;
/** The unit levels a unit board can group by (codes of `unit_levels`). */
export const LEADERBOARD_LEVELS = ['branch', 'commune'] as const;
export type LeaderboardLevel = (typeof LEADERBOARD_LEVELS)[number];

export const LeaderboardQuery = z.strictObject({
  by: z.enum(LEADERBOARD_KINDS).default('person'),
  level: z.enum(LEADERBOARD_LEVELS).default('commune'),
  ...PageQueryFields,
});
export type LeaderboardQuery = z.infer<typeof LeaderboardQuery>;

/**
 * One person's best submitted attempt: highest percent, then shortest time (whole seconds from start to
 * grading), then earliest submission. Ranks are shared on equal percent and equal time (1, 1, 3).
 */
export const PersonStanding = z.object({
  rank: z.number().int(),
  person: Ref,
  /** Her unit when she started that attempt, and its branch and commune (null above those levels). */
  unit: Ref,
  branch: Ref.nullable(),
  commune: Ref.nullable(),
  percent: z.number(),
  timeSeconds: z.number().int(),
  submittedAt: IsoDateTime,
  isMe: z.boolean(),
});
export type PersonStanding = z.infer<typeof PersonStanding>;

/**
 * The participants of one unit of the chosen level (by the unit of their best attempt), ranked by
 * their mean best percent, then mean time. `unit` is null for people of a unit above that level.
 */
export const UnitStanding = z.object({
  rank: z.number().int(),
  unit: Ref.nullable(),
  participants: z.number().int(),
  meanPercent: z.number(),
  meanTimeSeconds: z.number().int(),
});
export type UnitStanding = z.infer<typeof UnitStanding>;

const LeaderboardCommon = {
  contestId: z.uuid(),
  title: z.string(),
  status: ContestStatusSchema,
  closesAt: IsoDateTime,
  /** Frozen: the final result stored at the end, which later regrades or withdrawals do not change. */
  frozen: z.boolean(),
  frozenAt: IsoDateTime.nullable(),
  /** Ranked people on the whole board (not this page). */
  participants: z.number().int(),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  serverNow: IsoDateTime,
};

export const Leaderboard = z.discriminatedUnion('by', [
  z.object({
    by: z.literal('person'),
    ...LeaderboardCommon,
    items: z.array(PersonStanding),
    /** The caller's own row wherever it is on the board; null if she has none. */
    me: PersonStanding.nullable(),
  }),
  z.object({
    by: z.literal('unit'),
    level: z.enum(LEADERBOARD_LEVELS),
    ...LeaderboardCommon,
    items: z.array(UnitStanding),
  }),
]);
export type Leaderboard = z.infer<typeof Leaderboard>;

// ——— A trainee's contests ———

export const MY_CONTEST_STATES = ['not_started', 'in_progress', 'submitted', 'withdrawn'] as const;

export const MyContest = z.object({
  id: z.uuid(),
  title: z.string(),
  status: ContestStatusSchema,
  opensAt: IsoDateTime,
  closesAt: IsoDateTime,
  timeLimitMinutes: z.number().int(),
  questionCount: z.number().int(),
  maxAttempts: z.number().int(),
  frozen: z.boolean(),
  me: z.object({
    state: z.enum(MY_CONTEST_STATES),
    attempts: z.number().int(),
    /** Her best submitted percent; null before her first submission. */
    bestPercent: z.number().nullable(),
  }),
});
export type MyContest = z.infer<typeof MyContest>;

/** Contests open to her: upcoming, open, and those closed in the last 30 days. */
export const MyContests = z.object({ items: z.array(MyContest), serverNow: IsoDateTime });
export type MyContests = z.infer<typeof MyContests>;
