import {
  POSITION_KINDS,
  TIME_ZONE,
  type AnalyticsBreakdown,
  type AnalyticsChildRow,
  type Indicators,
  type Locale,
  type PositionKind,
} from '@sen/contracts';
import { intlLocale } from '../../../i18n/format';

/** A share (0–1) as a percentage with one decimal in the reader's locale; a dash when nobody counts. */
export function formatRate(rate: number | null, locale: Locale): string {
  if (rate === null) return '—';
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(rate);
}

/** A share as a number of percent for bars and charts, one decimal; 0 when nobody counts. */
export function ratePercent(rate: number | null): number {
  return rate === null ? 0 : Math.round(rate * 1000) / 10;
}

/** Below the lagging threshold (in percent); a unit nobody is required in is not lagging. */
export function isBelowThreshold(indicators: Pick<Indicators, 'required' | 'completionRate'>, threshold: number) {
  return indicators.required > 0 && indicators.completionRate !== null && indicators.completionRate * 100 < threshold;
}

/** A Vietnam calendar day (YYYY-MM-DD) as the reader writes dates. */
export function formatDay(day: string, locale: Locale, style: 'medium' | 'short' = 'medium'): string {
  // Noon UTC is the same calendar day in Vietnam (UTC+7), whatever the browser's own zone.
  const date = new Date(`${day}T12:00:00Z`);
  return new Intl.DateTimeFormat(
    intlLocale(locale),
    style === 'medium'
      ? { timeZone: TIME_ZONE, dateStyle: 'medium' }
      : { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: '2-digit' },
  ).format(date);
}

/** Today on the Vietnam calendar, the latest day a report can be as of. */
export function vietnamToday(now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(now);
}

/**
 * The level the children share, lower-cased for the middle of a sentence ("9/9 huyện"), or null when
 * they are of several levels (then the text says "units").
 */
export function childLevelName(children: readonly AnalyticsChildRow[], locale: Locale): string | null {
  const first = children[0]?.unit;
  if (!first || children.some((row) => row.unit.levelCode !== first.levelCode)) return null;
  const name = locale === 'vi' ? first.levelNameVi : first.levelNameEn;
  return name.toLocaleLowerCase(intlLocale(locale));
}

export interface Tally {
  required: number;
  completed: number;
  rate: number | null;
}

function tally(rows: readonly Pick<Indicators, 'required' | 'completed'>[]): Tally {
  const required = rows.reduce((sum, row) => sum + row.required, 0);
  const completed = rows.reduce((sum, row) => sum + row.completed, 0);
  return { required, completed, rate: required === 0 ? null : completed / required };
}

/** Reserve cadres who completed what their planned position requires, over every position. */
export function reservesTrained(positions: AnalyticsBreakdown['positions']): Tally {
  return tally(positions.filter((row) => row.role === 'reserve').map((row) => row.indicators));
}

export interface PositionRow {
  position: PositionKind;
  holder: Indicators | null;
  reserve: Indicators | null;
}

/** One row per position, holders beside reserves, in the union's own order of positions. */
export function positionRows(positions: AnalyticsBreakdown['positions']): PositionRow[] {
  return POSITION_KINDS.flatMap((position) => {
    const holder = positions.find((row) => row.position === position && row.role === 'holder')?.indicators ?? null;
    const reserve = positions.find((row) => row.position === position && row.role === 'reserve')?.indicators ?? null;
    return holder || reserve ? [{ position, holder, reserve }] : [];
  });
}

export type ChildSortKey = 'name' | 'required' | 'completed' | 'completionRate' | 'passRate';
export type SortDirection = 'ascending' | 'descending';

/**
 * The children in the asked order; units nobody is required in (no rate) go last either way, and ties keep
 * the API's order (the tree's).
 */
export function sortChildren(
  rows: readonly AnalyticsChildRow[],
  key: ChildSortKey | null,
  direction: SortDirection,
  locale: Locale,
): AnalyticsChildRow[] {
  if (!key) return [...rows];
  const sign = direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(intlLocale(locale));
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      if (key === 'name') return sign * collator.compare(a.row.unit.name, b.row.unit.name) || a.index - b.index;
      const left: number | null = a.row.indicators[key];
      const right: number | null = b.row.indicators[key];
      if (left === null && right === null) return a.index - b.index;
      if (left === null) return 1;
      if (right === null) return -1;
      return sign * (left - right) || a.index - b.index;
    })
    .map(({ row }) => row);
}

export type RowStatus = 'lagging' | 'onTrack' | 'noRequirement';

/**
 * How a row stands against the threshold, said in words next to its colour and icon. `lagging` is the
 * API's flag where it gives one (the children), else it is worked out the same way (the unit's own positions).
 */
export function rowStatus(indicators: Indicators, threshold: number, lagging?: boolean): RowStatus {
  if (indicators.required === 0) return 'noRequirement';
  return (lagging ?? isBelowThreshold(indicators, threshold)) ? 'lagging' : 'onTrack';
}

/**
 * Unit names without the words they all start with ("Hội LHPN huyện Vụ Bản" → "huyện Vụ Bản"), so a
 * chart's axis shows what tells them apart. Names are left whole when fewer than two or nothing is shared.
 */
export function shortUnitNames(names: readonly string[]): string[] {
  if (names.length < 2) return [...names];
  const words = names.map((name) => name.split(/\s+/));
  let shared = 0;
  while (
    words.every((parts) => parts.length > shared + 1 && parts[shared] === words[0]?.[shared]) &&
    shared < (words[0]?.length ?? 0)
  ) {
    shared += 1;
  }
  return words.map((parts) => parts.slice(shared).join(' '));
}

/** A file name for a chart image: the title without diacritics or punctuation, and the day it is as of. */
export function chartFileName(title: string, day: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug || 'chart'}-${day}.png`;
}
