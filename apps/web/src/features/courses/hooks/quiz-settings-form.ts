import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import {
  MAX_QUIZ_QUESTIONS,
  QuizSettingsBody,
  type DrawRule,
  type QuestionBankView,
  type QuizSettingsView,
  type ReviewPolicy,
} from '@sen/contracts';
import type { z } from 'zod';
import { apiFieldErrors } from '../../../app/forms/apply-api-errors';
import { contractValidator } from '../../../app/forms/contract-validator';

/** Vietnam has kept UTC+7 without daylight saving since 1975, so its wall-clock time converts by a fixed offset. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const LOCAL_MINUTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** One line of the draw as the form edits it; `key` only keeps React rows stable while lines move. */
export interface DrawRowValues {
  key: string;
  kind: DrawRule['kind'];
  /** A random line's category; null draws from any category. */
  category: string | null;
  count: number | string;
  /** A fixed line's question; '' until one is chosen. */
  questionId: string;
}

export interface QuizSettingsValues {
  /** '' until a bank is chosen. */
  bankId: string;
  draw: DrawRowValues[];
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  passMark: number | string;
  unlimitedAttempts: boolean;
  maxAttempts: number | string;
  untimed: boolean;
  timeLimitMinutes: number | string;
  /** `YYYY-MM-DDTHH:mm` in Vietnam's time (a datetime-local input), '' for none. */
  opensAt: string;
  closesAt: string;
  review: ReviewPolicy;
}

let rowCounter = 0;
function rowKey(): string {
  rowCounter += 1;
  return `draw-${rowCounter}`;
}

export function randomRow(category: string | null = null, count: number | string = 5): DrawRowValues {
  return { key: rowKey(), kind: 'random', category, count, questionId: '' };
}

export function fixedRow(questionId = ''): DrawRowValues {
  return { key: rowKey(), kind: 'fixed', category: null, count: 1, questionId };
}

/** An instant as Vietnam's wall-clock minute, for a datetime-local input. */
export function toVietnamLocal(iso: string | null): string {
  if (!iso) return '';
  return new Date(Date.parse(iso) + VIETNAM_OFFSET_MS).toISOString().slice(0, 16);
}

/**
 * A datetime-local value read as Vietnam's time; '' means none. Anything else is passed on as it is for
 * the schema to refuse.
 */
export function fromVietnamLocal(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return LOCAL_MINUTE.test(trimmed) ? `${trimmed}:00+07:00` : trimmed;
}

/** The form of a quiz not set yet: the course's only bank if it has one, 5 random questions, the API's defaults. */
export function newQuizSettingsValues(banks: readonly QuestionBankView[]): QuizSettingsValues {
  return {
    bankId: banks.length === 1 ? (banks[0]?.id ?? '') : '',
    draw: [randomRow()],
    shuffleQuestions: true,
    shuffleOptions: true,
    passMark: 80,
    unlimitedAttempts: false,
    maxAttempts: 2,
    untimed: true,
    timeLimitMinutes: 15,
    opensAt: '',
    closesAt: '',
    review: 'answers',
  };
}

export function quizSettingsValues(view: QuizSettingsView): QuizSettingsValues {
  return {
    bankId: view.bankId,
    draw: view.draw.map((rule) =>
      rule.kind === 'fixed' ? fixedRow(rule.questionId) : randomRow(rule.category, rule.count),
    ),
    shuffleQuestions: view.shuffleQuestions,
    shuffleOptions: view.shuffleOptions,
    passMark: view.passMark,
    unlimitedAttempts: view.maxAttempts === null,
    maxAttempts: view.maxAttempts ?? 2,
    untimed: view.timeLimitMinutes === null,
    timeLimitMinutes: view.timeLimitMinutes ?? 15,
    opensAt: toVietnamLocal(view.opensAt),
    closesAt: toVietnamLocal(view.closesAt),
    review: view.review,
  };
}

/** An empty number input is missing, never the schema's default: NaN makes the schema ask for it. */
function numberOf(value: number | string): number {
  return typeof value === 'number' ? value : Number.NaN;
}

/** The request for the form; rows keep their order, so server errors at `draw.N` name the same row. */
export function quizSettingsBody(values: QuizSettingsValues): z.input<typeof QuizSettingsBody> {
  return {
    bankId: values.bankId,
    draw: values.draw.map((row): DrawRule =>
      row.kind === 'fixed'
        ? { kind: 'fixed', questionId: row.questionId }
        : { kind: 'random', category: row.category, count: numberOf(row.count) },
    ),
    shuffleQuestions: values.shuffleQuestions,
    shuffleOptions: values.shuffleOptions,
    passMark: numberOf(values.passMark),
    maxAttempts: values.unlimitedAttempts ? null : numberOf(values.maxAttempts),
    timeLimitMinutes: values.untimed ? null : numberOf(values.timeLimitMinutes),
    opensAt: fromVietnamLocal(values.opensAt),
    closesAt: fromVietnamLocal(values.closesAt),
    review: values.review,
  };
}

/** How many questions an attempt draws, counting what is filled in so far. */
export function drawTotal(rows: readonly DrawRowValues[]): number {
  return rows.reduce((sum, row) => {
    if (row.kind === 'fixed') return sum + 1;
    return sum + (typeof row.count === 'number' && row.count > 0 ? row.count : 0);
  }, 0);
}

/**
 * Whether "correct answers" can never be shown: the key appears once her attempts are used up or the quiz
 * has closed, and with unlimited attempts and no closing time neither happens.
 */
export function keyNeverShown(values: QuizSettingsValues): boolean {
  return values.review === 'correct_answers' && values.unlimitedAttempts && values.closesAt.trim() === '';
}

/** The rows' own problems the schema reports only as "the draw": a question twice, or too many in all. */
function drawProblem(values: QuizSettingsValues, t: TFunction): string | undefined {
  const fixed = values.draw.filter((row) => row.kind === 'fixed' && row.questionId !== '').map((r) => r.questionId);
  if (new Set(fixed).size !== fixed.length) return t('courses.quiz.errors.duplicateQuestion');
  const total = drawTotal(values.draw);
  if (total > MAX_QUIZ_QUESTIONS) return t('courses.quiz.errors.tooManyQuestions', { max: MAX_QUIZ_QUESTIONS });
  return undefined;
}

/** The contract's checks, with sentences for the ones that are about the quiz rather than a field's format. */
export function quizSettingsValidator(t: TFunction): (values: QuizSettingsValues) => FormErrors {
  const byContract = contractValidator(QuizSettingsBody, quizSettingsBody, t);
  return (values) => {
    const errors = byContract(values);
    const draw = values.draw.length === 0 ? t('courses.quiz.errors.emptyDraw') : drawProblem(values, t);
    if (draw) errors['draw'] = draw;
    const opens = fromVietnamLocal(values.opensAt);
    const closes = fromVietnamLocal(values.closesAt);
    if (opens && closes && Date.parse(opens) >= Date.parse(closes)) {
      errors['closesAt'] = t('courses.quiz.errors.closesBeforeOpens');
    }
    return errors;
  };
}

/**
 * The server's field errors at the form's fields (`body.draw.0.category` → `draw.0.category`), with
 * sentences for the draw's own refusals instead of a generic "invalid value".
 */
export function quizSettingsServerErrors(error: unknown, t: TFunction): FormErrors {
  const errors = apiFieldErrors(error, t);
  for (const key of Object.keys(errors)) {
    if (key === 'bankId') errors[key] = t('courses.quiz.errors.bank');
    else if (/^draw\.\d+\.category$/.test(key)) errors[key] = t('courses.quiz.errors.category');
    else if (/^draw\.\d+\.questionId$/.test(key)) errors[key] = t('courses.quiz.errors.question');
  }
  return errors;
}
