import { vietnamIsoDay } from '../../../core/time/vietnam-time';

export type ScheduleKind = 'monthly' | 'quarterly' | 'cohort_end' | 'on_demand';

/** A report's period: Vietnam calendar days, both included, and the key that makes it unique per schedule. */
export interface ReportPeriod {
  key: string;
  /** `YYYY-MM-DD`. */
  start: string;
  end: string;
}

export interface CohortDates {
  id: string;
  startsOn: string;
  endsOn: string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** A real calendar day written `YYYY-MM-DD` (not 2026-02-30). */
export function isIsoDay(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function day(year: number, month: number, date: number): string {
  return new Date(Date.UTC(year, month - 1, date)).toISOString().slice(0, 10);
}

function monthPeriod(year: number, month: number): ReportPeriod {
  return {
    key: `${year}-${String(month).padStart(2, '0')}`,
    start: day(year, month, 1),
    end: day(year, month + 1, 0),
  };
}

function quarterPeriod(year: number, quarter: number): ReportPeriod {
  const first = (quarter - 1) * 3 + 1;
  return { key: `${year}-Q${quarter}`, start: day(year, first, 1), end: day(year, first + 3, 0) };
}

export function cohortPeriod(cohort: CohortDates): ReportPeriod {
  return { key: `cohort-${cohort.id}`, start: cohort.startsOn, end: cohort.endsOn };
}

/** A period the requester chose; the same dates give the same key, so asking twice gives the same report. */
export function demandPeriod(from: string, to: string): ReportPeriod {
  if (!isIsoDay(from) || !isIsoDay(to) || from > to) throw new Error(`not a period: ${from} – ${to}`);
  return { key: `demand-${from}-${to}`, start: from, end: to };
}

/**
 * The period of this kind that has just ended at `now`, on Vietnam's calendar: the previous month, the previous
 * quarter, the cohort once its last day is over. Null when there is none (a cohort still running; on-demand
 * schedules have no calendar).
 */
export function endedPeriod(kind: ScheduleKind, now: Date, cohort: CohortDates | null): ReportPeriod | null {
  const today = vietnamIsoDay(now);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  switch (kind) {
    case 'monthly':
      return month === 1 ? monthPeriod(year - 1, 12) : monthPeriod(year, month - 1);
    case 'quarterly': {
      const quarter = Math.floor((month - 1) / 3) + 1;
      return quarter === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, quarter - 1);
    }
    case 'cohort_end':
      return cohort && cohort.endsOn < today ? cohortPeriod(cohort) : null;
    case 'on_demand':
      return null;
  }
}

/**
 * The period a key names, whatever the schedule's kind (an admin may ask a monthly schedule for any dates);
 * a cohort key only for the schedule's own cohort. Null for anything else.
 */
export function periodOfKey(key: string, cohort: CohortDates | null): ReportPeriod | null {
  let match = /^(\d{4})-(\d{2})$/.exec(key);
  if (match) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? monthPeriod(Number(match[1]), month) : null;
  }
  match = /^(\d{4})-Q([1-4])$/.exec(key);
  if (match) return quarterPeriod(Number(match[1]), Number(match[2]));
  if (key.startsWith('cohort-')) return cohort && key === `cohort-${cohort.id}` ? cohortPeriod(cohort) : null;
  match = /^demand-(\d{4}-\d{2}-\d{2})-(\d{4}-\d{2}-\d{2})$/.exec(key);
  if (match && isIsoDay(match[1]!) && isIsoDay(match[2]!) && match[1]! <= match[2]!) {
    return demandPeriod(match[1]!, match[2]!);
  }
  return null;
}

/** Whether the period's last day has begun in Vietnam: a report may then be asked for (numbers as of now). */
export function periodReached(period: ReportPeriod, now: Date): boolean {
  return period.end <= vietnamIsoDay(now);
}

/** "01/10/2026". */
export function vietnameseShortDate(isoDay: string): string {
  return `${isoDay.slice(8, 10)}/${isoDay.slice(5, 7)}/${isoDay.slice(0, 4)}`;
}

/**
 * How the report's title names its period, in Vietnamese: "Tháng 10/2026", "Quý III/2026", "Lớp <name> (… – …)",
 * "Từ ngày 01/10/2026 đến ngày 15/10/2026".
 */
export function periodTitle(period: ReportPeriod, cohortName: string | null): string {
  let match = /^(\d{4})-(\d{2})$/.exec(period.key);
  if (match) return `Tháng ${Number(match[2])}/${match[1]}`;
  match = /^(\d{4})-Q([1-4])$/.exec(period.key);
  if (match) return `Quý ${ROMAN[Number(match[2]) - 1]}/${match[1]}`;
  const range = `${vietnameseShortDate(period.start)} – ${vietnameseShortDate(period.end)}`;
  if (period.key.startsWith('cohort-')) return cohortName ? `Lớp ${cohortName} (${range})` : `Lớp học (${range})`;
  return `Từ ngày ${vietnameseShortDate(period.start)} đến ngày ${vietnameseShortDate(period.end)}`;
}
