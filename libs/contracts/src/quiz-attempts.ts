import { z } from 'zod';
import { IsoDateTime, PageQueryFields, SearchText, UuidSchema, pageOf } from './common';
import { QuestionAnswer, QuestionTypeSchema, TraineeQuestionView } from './quizzes';

/** What a trainee may look at once an attempt is submitted; the server enforces it on every read. */
export const REVIEW_POLICIES = ['score', 'answers', 'correct_answers'] as const;
export const ReviewPolicySchema = z.enum(REVIEW_POLICIES);
export type ReviewPolicy = z.infer<typeof ReviewPolicySchema>;

/** The most questions one attempt may draw. */
export const MAX_QUIZ_QUESTIONS = 100;

/** One line of a quiz's draw: a named question, or `count` random questions of a category (null: any). */
export const DrawRule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('fixed'), questionId: UuidSchema }),
  z.strictObject({
    kind: z.literal('random'),
    category: z.string().trim().min(1).max(80).nullable(),
    count: z.number().int().min(1).max(MAX_QUIZ_QUESTIONS),
  }),
]);
export type DrawRule = z.infer<typeof DrawRule>;

/** The rules every quiz has (a step's or a contest's); contests override some defaults. */
export const QuizRuleFields = {
  bankId: UuidSchema,
  draw: z.array(DrawRule).min(1).max(MAX_QUIZ_QUESTIONS),
  shuffleQuestions: z.boolean().default(true),
  shuffleOptions: z.boolean().default(true),
  /** Percent of the points needed to pass. */
  passMark: z.number().int().min(0).max(100).default(80),
  /** Null: no limit. */
  maxAttempts: z.number().int().min(1).max(100).nullable().default(2),
  /** Null: untimed. */
  timeLimitMinutes: z.number().int().min(1).max(600).nullable().default(null),
  opensAt: IsoDateTime.nullable().default(null),
  closesAt: IsoDateTime.nullable().default(null),
  review: ReviewPolicySchema.default('answers'),
};

/** How many questions the rules draw when the bank can serve them all. */
export function drawSize(rules: readonly DrawRule[]): number {
  return rules.reduce((sum, rule) => sum + (rule.kind === 'fixed' ? 1 : rule.count), 0);
}

/** Checks across rule fields: total question count, fixed questions once each, the window's order. */
export function checkRules(
  b: { draw: DrawRule[]; opensAt: string | null; closesAt: string | null },
  ctx: z.RefinementCtx,
): void {
  if (drawSize(b.draw) > MAX_QUIZ_QUESTIONS) {
    ctx.addIssue({ code: 'custom', path: ['draw'], message: `At most ${MAX_QUIZ_QUESTIONS} questions in all` });
  }
  const fixed = b.draw.flatMap((rule) => (rule.kind === 'fixed' ? [rule.questionId] : []));
  if (new Set(fixed).size !== fixed.length) {
    ctx.addIssue({ code: 'custom', path: ['draw'], message: 'Each fixed question only once' });
  }
  if (b.opensAt && b.closesAt && Date.parse(b.opensAt) >= Date.parse(b.closesAt)) {
    ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'Closes after it opens' });
  }
}

/** A quiz step's rules, as its author sets them (the lesson must complete by `quiz_passed`). */
export const QuizSettingsBody = z.strictObject(QuizRuleFields).superRefine(checkRules);
export type QuizSettingsBody = z.infer<typeof QuizSettingsBody>;

const QuizRules = z.object({
  bankId: z.uuid(),
  draw: z.array(DrawRule),
  shuffleQuestions: z.boolean(),
  shuffleOptions: z.boolean(),
  passMark: z.number().int(),
  maxAttempts: z.number().int().nullable(),
  timeLimitMinutes: z.number().int().nullable(),
  opensAt: IsoDateTime.nullable(),
  closesAt: IsoDateTime.nullable(),
  review: ReviewPolicySchema,
});

/** A quiz as its authors see it. */
export const QuizSettingsView = QuizRules.extend({
  id: z.uuid(),
  kind: z.enum(['step', 'contest']),
  courseId: z.uuid(),
  lessonId: z.uuid().nullable(),
  /** How many questions an attempt draws. */
  questionCount: z.number().int(),
  updatedAt: IsoDateTime,
});
export type QuizSettingsView = z.infer<typeof QuizSettingsView>;

/** Why she cannot start an attempt now; null when she can. */
export const StartBlockSchema = z.enum(['not_open', 'closed', 'no_attempts_left', 'withdrawn', 'enrolment_ended']);
export type StartBlock = z.infer<typeof StartBlockSchema>;

export const AttemptResult = z.object({
  score: z.number(),
  maxScore: z.number(),
  percent: z.number(),
  passed: z.boolean(),
  /** Submitted after the deadline's grace: graded with what was saved by the deadline. */
  late: z.boolean(),
  gradedAsOf: IsoDateTime,
});
export type AttemptResult = z.infer<typeof AttemptResult>;

export const AttemptSummary = z.object({
  id: z.uuid(),
  attemptNo: z.number().int(),
  status: z.enum(['in_progress', 'submitted']),
  startedAt: IsoDateTime,
  deadlineAt: IsoDateTime.nullable(),
  submittedAt: IsoDateTime.nullable(),
  result: AttemptResult.nullable(),
});
export type AttemptSummary = z.infer<typeof AttemptSummary>;

/** A quiz as a trainee sees it before starting: the rules, never the questions. */
export const TraineeQuizView = z.object({
  id: z.uuid(),
  kind: z.enum(['step', 'contest']),
  title: z.string(),
  /** A step's place in her course, for the way back (and on) from the quiz; null for a contest. */
  enrolmentId: z.uuid().nullable(),
  lessonId: z.uuid().nullable(),
  questionCount: z.number().int(),
  passMark: z.number().int(),
  maxAttempts: z.number().int().nullable(),
  timeLimitMinutes: z.number().int().nullable(),
  opensAt: IsoDateTime.nullable(),
  closesAt: IsoDateTime.nullable(),
  review: ReviewPolicySchema,
  attempts: z.array(AttemptSummary),
  attemptsLeft: z.number().int().nullable(),
  inProgressAttemptId: z.uuid().nullable(),
  passed: z.boolean(),
  /** Null: she may start (or resume) now. */
  blocked: StartBlockSchema.nullable(),
  serverNow: IsoDateTime,
});
export type TraineeQuizView = z.infer<typeof TraineeQuizView>;

/** The key of one question, shown only when the review policy allows and her attempts are over. */
export const AnswerKeyView = z.discriminatedUnion('type', [
  z.object({ type: z.literal('single_choice'), optionIds: z.array(z.uuid()) }),
  z.object({ type: z.literal('multiple_choice'), optionIds: z.array(z.uuid()) }),
  z.object({ type: z.literal('true_false'), answer: z.boolean() }),
  z.object({ type: z.literal('short_text'), acceptedAnswers: z.array(z.string()) }),
  z.object({ type: z.literal('ordering'), itemIds: z.array(z.uuid()) }),
]);
export type AnswerKeyView = z.infer<typeof AnswerKeyView>;

export const AttemptQuestionView = z.object({
  position: z.number().int(),
  question: TraineeQuestionView,
  /** Her saved answer (while in progress, and in review from level `answers`). */
  answer: QuestionAnswer.nullable(),
  /** From review level `answers`. */
  grade: z
    .object({ score: z.number(), maxScore: z.number(), outcome: z.enum(['correct', 'partial', 'incorrect']) })
    .nullable(),
  /** From review level `correct_answers`, once she can make no more attempts. */
  key: AnswerKeyView.nullable(),
  /** The question's feedback and that of what she chose; with the key. */
  feedback: z.array(z.string()),
});
export type AttemptQuestionView = z.infer<typeof AttemptQuestionView>;

export const AttemptView = z.object({
  id: z.uuid(),
  quizId: z.uuid(),
  attemptNo: z.number().int(),
  status: z.enum(['in_progress', 'submitted']),
  startedAt: IsoDateTime,
  deadlineAt: IsoDateTime.nullable(),
  /** The server's clock: the browser counts down from deadlineAt − serverNow, not from its own clock. */
  serverNow: IsoDateTime,
  submittedAt: IsoDateTime.nullable(),
  /** The last autosave's revision; the next save sends a higher one. */
  revision: z.number().int(),
  result: AttemptResult.nullable(),
  /** The review level applied to this answer (may be lower than the quiz's while she has attempts left). */
  review: ReviewPolicySchema.nullable(),
  /** In progress: all questions. Submitted: none at level `score`. */
  questions: z.array(AttemptQuestionView),
});
export type AttemptView = z.infer<typeof AttemptView>;

/** Answers keyed by question id; questions not in the map are unanswered. */
const AnswerMap = z.record(z.uuid(), QuestionAnswer).refine((m) => Object.keys(m).length <= MAX_QUIZ_QUESTIONS, {
  message: `At most ${MAX_QUIZ_QUESTIONS} answers`,
});

export const SaveAnswersBody = z.strictObject({
  /** Increases with every save of this attempt; a save not above the stored revision is ignored. */
  revision: z.number().int().min(1).max(1_000_000_000),
  /** All her answers so far (not a delta): the latest save wins whole. */
  answers: AnswerMap,
});
export type SaveAnswersBody = z.infer<typeof SaveAnswersBody>;

export const SaveAnswersResult = z.object({
  revision: z.number().int(),
  savedAt: IsoDateTime,
  /** False when a newer revision was already stored. */
  applied: z.boolean(),
});
export type SaveAnswersResult = z.infer<typeof SaveAnswersResult>;

/** Submitting may carry the last answers (as a save would); submitting twice returns the same result. */
export const SubmitAttemptBody = z.strictObject({
  revision: z.number().int().min(1).max(1_000_000_000).optional(),
  answers: AnswerMap.optional(),
});
export type SubmitAttemptBody = z.infer<typeof SubmitAttemptBody>;

// ——— Trainer views ———

export const QuizAttemptRow = z.object({
  id: z.uuid(),
  person: z.object({ id: z.uuid(), name: z.string() }),
  /** Her unit when she started the attempt. */
  unit: z.object({ id: z.uuid(), name: z.string() }),
  attemptNo: z.number().int(),
  status: z.enum(['in_progress', 'submitted']),
  startedAt: IsoDateTime,
  submittedAt: IsoDateTime.nullable(),
  result: AttemptResult.nullable(),
  /** When a regrade last changed this attempt's grade. */
  regradedAt: IsoDateTime.nullable(),
});
export type QuizAttemptRow = z.infer<typeof QuizAttemptRow>;
export const QuizAttemptPage = pageOf(QuizAttemptRow);
export type QuizAttemptPage = z.infer<typeof QuizAttemptPage>;

/** The attempts list's status filter: `submitted` is every graded attempt, `passed`/`failed` a part of them. */
export const ATTEMPT_LIST_STATUSES = ['in_progress', 'submitted', 'passed', 'failed'] as const;
export type AttemptListStatus = (typeof ATTEMPT_LIST_STATUSES)[number];
export const QuizAttemptQuery = z.strictObject({
  /** Part of the person's name (diacritics optional), e-mail or phone. */
  search: SearchText.optional(),
  status: z.enum(ATTEMPT_LIST_STATUSES).optional(),
  ...PageQueryFields,
});
export type QuizAttemptQuery = z.infer<typeof QuizAttemptQuery>;

export const QuestionStatistic = z.object({
  questionId: z.uuid(),
  type: QuestionTypeSchema,
  /** The stem as plain text, shortened. */
  stem: z.string(),
  /** Submitted attempts that drew this question. */
  attempts: z.number().int(),
  /** Mean share of the points earned, 0–1; null with no attempt. */
  facility: z.number().nullable(),
  /** Correlation of this question's score with the rest of the attempt's score, −1–1; null when undefined. */
  discrimination: z.number().nullable(),
  /** Attempts (any status) whose copy of the key differs from the bank's current one: what a regrade would replace. */
  outdated: z.number().int(),
  /** Removed from the bank: a regrade keeps the attempts' copy. */
  deleted: z.boolean(),
});
export type QuestionStatistic = z.infer<typeof QuestionStatistic>;
export const QuizStatistics = z.object({
  quizId: z.uuid(),
  kind: z.enum(['step', 'contest']),
  /** The lesson's title for a step, the contest's own title otherwise. */
  title: z.string(),
  /** A step's lesson title in English, when its author gave one. */
  titleEn: z.string().nullable(),
  courseId: z.uuid(),
  lessonId: z.uuid().nullable(),
  passMark: z.number().int(),
  attempts: z.number().int(),
  submitted: z.number().int(),
  inProgress: z.number().int(),
  /** People with at least one attempt. */
  people: z.number().int(),
  /** People with at least one passing attempt. */
  passed: z.number().int(),
  /** Mean percent of the submitted attempts; null with none. */
  meanPercent: z.number().nullable(),
  /** Submitted attempts per band of ten percent: [0,10), [10,20) … [90,100]. */
  distribution: z.array(z.number().int()).length(10),
  questions: z.array(QuestionStatistic),
});
export type QuizStatistics = z.infer<typeof QuizStatistics>;

export const RegradeBody = z.strictObject({
  /** Questions whose corrected key (from the bank) replaces the one attempts drew; all when absent. */
  questionIds: z
    .array(UuidSchema)
    .min(1)
    .max(MAX_QUIZ_QUESTIONS)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'Each question only once' })
    .optional(),
});
export type RegradeBody = z.infer<typeof RegradeBody>;
export const RegradeResult = z.object({
  /** Submitted attempts regraded (those that drew one of the questions). */
  attempts: z.number().int(),
  /** Of those, attempts whose grade changed. */
  changed: z.number().int(),
  /** Attempts that failed before and pass now, and the reverse. */
  nowPassed: z.number().int(),
  nowFailed: z.number().int(),
  /** Chosen questions whose copy was kept: removed from the bank, or changed to another type. */
  keptQuestionIds: z.array(z.uuid()),
});
export type RegradeResult = z.infer<typeof RegradeResult>;
