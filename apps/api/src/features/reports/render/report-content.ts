import type {
  AnalyticsBreakdown,
  AnalyticsTrend,
  Indicators,
  PositionKind,
  PositionRole,
  ReportHeadline,
} from '@sen/contracts';

/** The same words as the dashboard's exports, so a report and a download never name a position differently. */
export { POSITION_VI, ROLE_VI } from '../../analytics/analytics-tables';
import { POSITION_VI, ROLE_VI } from '../../analytics/analytics-tables';

export interface ReportRow {
  name: string;
  indicators: Indicators;
}

/** One committee unit: its own total and the units directly below it. */
export interface ReportUnitSection {
  name: string;
  total: Indicators;
  coverage: { active: number; units: number };
  children: (ReportRow & { active: boolean })[];
}

export interface ReportPositionRow extends ReportRow {
  position: PositionKind;
  role: PositionRole;
}

export interface ReportTrendPoint {
  date: string;
  indicators: Indicators;
}

/** Everything the PDF and the workbook print, already summed over the committee's units. */
export interface ReportContent {
  /** The union that reports, e.g. "Hội LHPN tỉnh Nam Định". */
  issuer: string;
  /** Printed before the date: "Nam Định, ngày …". */
  place: string;
  /** The report's date (when it was first asked for), so that a rebuild prints the same day. */
  date: Date;
  committee: string;
  periodTitle: string;
  period: { start: string; end: string };
  /** The schedule's courses by name; null for every course. */
  courses: string[] | null;
  headline: ReportHeadline;
  units: ReportUnitSection[];
  byCourse: ReportRow[];
  byPosition: ReportPositionRow[];
  trend: ReportTrendPoint[];
  signatory: { title: string; name: string | null };
}

export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function indicators(required: number, completed: number, sat: number, passed: number): Indicators {
  return {
    required,
    completed,
    completionRate: rate(completed, required),
    sat,
    passed,
    passRate: rate(passed, sat),
  };
}

/** The sum of several units' indicators, rates recomputed from the sums (never averaged). */
export function sumIndicators(list: readonly Indicators[]): Indicators {
  const total = { required: 0, completed: 0, sat: 0, passed: 0 };
  for (const i of list) {
    total.required += i.required;
    total.completed += i.completed;
    total.sat += i.sat;
    total.passed += i.passed;
  }
  return indicators(total.required, total.completed, total.sat, total.passed);
}

/** Rows with the same key summed, in the order each key first appears. */
function merge<K, R extends { indicators: Indicators }>(rows: readonly R[], key: (row: R) => K): R[] {
  const merged = new Map<K, { first: R; parts: Indicators[] }>();
  for (const row of rows) {
    const k = key(row);
    const entry = merged.get(k);
    if (entry) entry.parts.push(row.indicators);
    else merged.set(k, { first: row, parts: [row.indicators] });
  }
  return [...merged.values()].map(({ first, parts }) => ({ ...first, indicators: sumIndicators(parts) }));
}

export interface ComposeInput {
  issuer: string;
  place: string;
  date: Date;
  committee: string;
  periodTitle: string;
  period: { start: string; end: string };
  courses: string[] | null;
  signatory: { title: string; name: string | null };
  /** Per committee unit, in print order: its breakdown and trend over the same filters. */
  units: readonly { breakdown: AnalyticsBreakdown; trend: AnalyticsTrend }[];
}

const POSITION_ORDER = Object.keys(POSITION_VI) as PositionKind[];

/**
 * The report's tables from each committee unit's breakdown and trend. The committee's units are disjoint subtrees
 * (nested ones are dropped before this), so their numbers add up.
 */
export function composeReport(input: ComposeInput): ReportContent {
  const breakdowns = input.units.map((u) => u.breakdown);
  const total = sumIndicators(breakdowns.map((b) => b.total));
  const coverage = breakdowns.reduce(
    (sum, b) => ({ active: sum.active + b.coverage.active, units: sum.units + b.coverage.units }),
    { active: 0, units: 0 },
  );
  const byCourse = merge(
    breakdowns.flatMap((b) =>
      b.courses.map((c) => ({ id: c.course.id, name: c.course.name, indicators: c.indicators })),
    ),
    (row) => row.id,
  ).map(({ name, indicators: i }) => ({ name, indicators: i }));
  const byPosition = merge(
    breakdowns.flatMap((b) =>
      b.positions.map((p) => ({
        position: p.position,
        role: p.role,
        name: `${POSITION_VI[p.position]} — ${ROLE_VI[p.role]}`,
        indicators: p.indicators,
      })),
    ),
    (row) => `${row.position}/${row.role}`,
  ).sort(
    (a, b) =>
      POSITION_ORDER.indexOf(a.position) - POSITION_ORDER.indexOf(b.position) ||
      (a.role === b.role ? 0 : a.role === 'holder' ? -1 : 1),
  );
  const trend = merge(
    input.units.flatMap((u) => u.trend.points.map(({ date, ...i }) => ({ date, indicators: i }))),
    (point) => point.date,
  ).sort((a, b) => a.date.localeCompare(b.date));

  return {
    issuer: input.issuer,
    place: input.place,
    date: input.date,
    committee: input.committee,
    periodTitle: input.periodTitle,
    period: input.period,
    courses: input.courses,
    headline: {
      required: total.required,
      completed: total.completed,
      completionRate: total.completionRate,
      sat: total.sat,
      passed: total.passed,
      passRate: total.passRate,
      activeUnits: coverage.active,
      units: coverage.units,
    },
    units: breakdowns.map((b) => ({
      name: b.unit.name,
      total: b.total,
      coverage: b.coverage,
      children: b.children.map((c) => ({ name: c.unit.name, indicators: c.indicators, active: c.active })),
    })),
    byCourse,
    byPosition,
    trend,
    signatory: input.signatory,
  };
}

/** "83,3 %" — Vietnamese decimal comma; "—" when nobody was counted. */
export function percentVi(value: number | null): string {
  if (value === null) return '—';
  return `${(Math.round(value * 1000) / 10).toLocaleString('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
}

/** "1.234" — Vietnamese thousands separator. */
export function countVi(value: number): string {
  return value.toLocaleString('vi-VN');
}
