import type { ContestBody, ContestView, DrawRule, Ref, ReviewPolicy } from '@sen/contracts';
import { TIME_ZONE } from '@sen/contracts';
import type { z } from 'zod';

/** Vietnam has kept UTC+7 without daylight saving since 1975, so a wall-clock time there has one offset. */
const VIETNAM_OFFSET = '+07:00';

/** One "N random questions from a category (or any)" line; `category` '' means any category. */
export interface DrawRow {
  key: string;
  category: string;
  count: number;
}

export interface ContestValues {
  title: string;
  course: Ref | null;
  /** '' until a bank is chosen. */
  bankId: string;
  draw: DrawRow[];
  /** Fixed questions of a contest written through the API: kept as they are, the form does not edit them. */
  fixed: DrawRule[];
  /** '' while the field is empty. */
  timeLimitMinutes: number | '';
  passMark: number;
  maxAttempts: number;
  review: ReviewPolicy;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  /** `YYYY-MM-DDTHH:mm` on Vietnam's clock, as a `datetime-local` input holds it. */
  opensAt: string;
  closesAt: string;
  units: Ref[];
}

let rowKeys = 0;
export function newDrawRow(category = '', count = 10): DrawRow {
  rowKeys += 1;
  return { key: `draw-${rowKeys}`, category, count };
}

export const EMPTY_CONTEST_VALUES: ContestValues = {
  title: '',
  course: null,
  bankId: '',
  draw: [newDrawRow()],
  fixed: [],
  timeLimitMinutes: 20,
  passMark: 50,
  maxAttempts: 1,
  review: 'score',
  shuffleQuestions: true,
  shuffleOptions: true,
  opensAt: '',
  closesAt: '',
  units: [],
};

/** A wall-clock time typed in Vietnam; anything else is passed on for the schema to refuse. */
export function isoFromVietnamLocal(local: string): string {
  const trimmed = local.trim();
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(trimmed) ? `${trimmed}:00${VIETNAM_OFFSET}` : trimmed;
}

const LOCAL_PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as Vietnam's wall clock, for a `datetime-local` input. */
export function vietnamLocalFromIso(iso: string): string {
  const parts = Object.fromEntries(LOCAL_PARTS.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}`;
}

export function contestBody(values: ContestValues): z.input<typeof ContestBody> {
  return {
    courseId: values.course?.id ?? '',
    title: values.title,
    bankId: values.bankId,
    draw: [
      ...values.fixed,
      ...values.draw.map((row) => ({
        kind: 'random' as const,
        category: row.category === '' ? null : row.category,
        count: row.count,
      })),
    ],
    shuffleQuestions: values.shuffleQuestions,
    shuffleOptions: values.shuffleOptions,
    passMark: values.passMark,
    maxAttempts: values.maxAttempts,
    // Empty: not a number, so the schema reports the field as missing.
    timeLimitMinutes: values.timeLimitMinutes === '' ? Number.NaN : values.timeLimitMinutes,
    opensAt: isoFromVietnamLocal(values.opensAt),
    closesAt: isoFromVietnamLocal(values.closesAt),
    review: values.review,
    unitIds: values.units.map((unit) => unit.id),
  };
}

export function contestValues(contest: ContestView): ContestValues {
  return {
    title: contest.title,
    course: contest.course,
    bankId: contest.bankId,
    draw: contest.draw.flatMap((rule) => (rule.kind === 'random' ? [newDrawRow(rule.category ?? '', rule.count)] : [])),
    fixed: contest.draw.filter((rule) => rule.kind === 'fixed'),
    timeLimitMinutes: contest.timeLimitMinutes,
    passMark: contest.passMark,
    maxAttempts: contest.maxAttempts,
    review: contest.review,
    shuffleQuestions: contest.shuffleQuestions,
    shuffleOptions: contest.shuffleOptions,
    opensAt: vietnamLocalFromIso(contest.opensAt),
    closesAt: vietnamLocalFromIso(contest.closesAt),
    units: contest.units,
  };
}

/**
 * Server and schema errors name the body's fields; the form shows `courseId` at the course picker,
 * `unitIds.N` at the unit picker, and every draw problem at the draw rows.
 */
export function contestFormErrors<E extends Record<string, unknown>>(errors: E): Record<string, E[keyof E]> {
  const folded: Record<string, E[keyof E]> = {};
  for (const [key, message] of Object.entries(errors) as [string, E[keyof E]][]) {
    const target =
      key === 'courseId' ? 'course' : key.startsWith('unitIds') ? 'units' : key.startsWith('draw') ? 'draw' : key;
    folded[target] ??= message;
  }
  return folded;
}
