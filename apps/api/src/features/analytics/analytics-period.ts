import type { TREND_GRANULARITIES } from '@sen/contracts';

export type Granularity = (typeof TREND_GRANULARITIES)[number];

/** Days as `YYYY-MM-DD` on the Vietnam calendar; arithmetic on them is done in UTC, which has no DST. */
function parse(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const date = parse(day);
  date.setUTCDate(date.getUTCDate() + days);
  return format(date);
}

/** The first day of the quarter `day` falls in: the default start of a period. */
export function quarterStart(day: string): string {
  const date = parse(day);
  return format(new Date(Date.UTC(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / 3) * 3, 1)));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((parse(to).getTime() - parse(from).getTime()) / 86_400_000);
}

/** Days for up to a month, weeks for up to half a year, months beyond. */
export function granularityFor(from: string, to: string): Granularity {
  const span = daysBetween(from, to);
  if (span <= 31) return 'day';
  if (span <= 183) return 'week';
  return 'month';
}

/**
 * The dates a trend shows values at: each day, each week's Sunday, or each month's last day inside the
 * period, always ending with `to` itself.
 */
export function trendDates(from: string, to: string, granularity: Granularity): string[] {
  const dates: string[] = [];
  for (let day = from; day < to; day = addDays(day, 1)) {
    const date = parse(day);
    const isPoint =
      granularity === 'day' ||
      (granularity === 'week' && date.getUTCDay() === 0) ||
      (granularity === 'month' && parse(addDays(day, 1)).getUTCDate() === 1);
    if (isPoint) dates.push(day);
  }
  dates.push(to);
  return dates;
}
