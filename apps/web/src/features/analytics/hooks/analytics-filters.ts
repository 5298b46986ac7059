import {
  ANALYTICS_VIEWS,
  COURSE_CATEGORIES,
  POSITION_KINDS,
  RESERVE_FILTERS,
  ROSTER_STATUSES,
  type AnalyticsView,
  type CourseCategory,
  type PositionKind,
  type ReserveFilter,
} from '@sen/contracts';
import type { AnalyticsExportParams, AnalyticsParams, AnalyticsRosterParams } from '../api/analytics.keys';

export type RosterStatus = (typeof ROSTER_STATUSES)[number];
export type ExportFormat = AnalyticsExportParams['format'];

/** What the dashboard shows, read from the address so a reload, the back button and a shared link keep it. */
export interface AnalyticsFilters {
  category: CourseCategory | undefined;
  courseIds: string[];
  positions: PositionKind[];
  reserve: ReserveFilter;
  /** Vietnam calendar days (YYYY-MM-DD); unset means the API's default period. */
  from: string | undefined;
  to: string | undefined;
  /** Percent below which a unit is lagging. */
  threshold: number;
}

export interface AnalyticsScreen {
  filters: AnalyticsFilters;
  view: AnalyticsView;
  /** The roster's own filter and page. */
  status: RosterStatus | undefined;
  page: number;
}

export const DEFAULT_THRESHOLD = 80;
export const DEFAULT_VIEW: AnalyticsView = 'children';

/** The address's names, the same as the API's query, so a link reads like the request it makes. */
export const FILTER_PARAMS = ['category', 'courseIds', 'positions', 'reserve', 'from', 'to', 'threshold'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((item) => item === value);
}

/** A real calendar day, so "2025-02-30" from an edited link is dropped rather than refused by the API. */
export function isCalendarDate(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function list(value: string | null): string[] {
  return [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ];
}

function thresholdOf(value: string | null): number {
  if (value === null || value.trim() === '') return DEFAULT_THRESHOLD;
  const number = Number(value);
  return Number.isInteger(number) && number >= 0 && number <= 100 ? number : DEFAULT_THRESHOLD;
}

/**
 * The screen an address asks for. What an old or edited link gets wrong (an unknown position, a bad id or
 * date, a threshold over 100) is left out rather than sent to be refused, as the certificates list does.
 */
export function readAnalyticsScreen(search: URLSearchParams): AnalyticsScreen {
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  return {
    filters: {
      category: oneOf(COURSE_CATEGORIES, search.get('category')),
      courseIds: list(search.get('courseIds'))
        .filter((id) => UUID.test(id))
        .slice(0, 50),
      positions: POSITION_KINDS.filter((kind) => list(search.get('positions')).includes(kind)),
      reserve: oneOf(RESERVE_FILTERS, search.get('reserve')) ?? 'all',
      from: isCalendarDate(search.get('from')) ? (search.get('from') ?? undefined) : undefined,
      to: isCalendarDate(search.get('to')) ? (search.get('to') ?? undefined) : undefined,
      threshold: thresholdOf(search.get('threshold')),
    },
    view: oneOf(ANALYTICS_VIEWS, search.get('view')) ?? DEFAULT_VIEW,
    status: oneOf(ROSTER_STATUSES, search.get('status')),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** A period whose start comes after its end counts nothing: the form asks for a fix instead of a request. */
export function periodReversed(filters: AnalyticsFilters): boolean {
  return Boolean(filters.from && filters.to && filters.from > filters.to);
}

/** The request for the filters: defaults and empty lists stay out, so equal screens share one cache entry. */
export function analyticsParams(filters: AnalyticsFilters): AnalyticsParams {
  return {
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.courseIds.length ? { courseIds: filters.courseIds.join(',') } : {}),
    ...(filters.positions.length ? { positions: filters.positions.join(',') } : {}),
    ...(filters.reserve !== 'all' ? { reserve: filters.reserve } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    ...(filters.threshold !== DEFAULT_THRESHOLD ? { threshold: filters.threshold } : {}),
  };
}

export function rosterParams(screen: AnalyticsScreen, pageSize: number): AnalyticsRosterParams {
  return {
    ...analyticsParams(screen.filters),
    ...(screen.status ? { status: screen.status } : {}),
    page: screen.page,
    pageSize,
  };
}

/** The export of the view on screen, with exactly its filters (and the roster's status). */
export function exportParams(screen: AnalyticsScreen, format: ExportFormat): AnalyticsExportParams {
  return {
    ...analyticsParams(screen.filters),
    ...(screen.view === 'roster' && screen.status ? { status: screen.status } : {}),
    view: screen.view,
    format,
  };
}

/** The address of a filter state: the same names and omissions as the request. */
export function filtersSearch(filters: AnalyticsFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(analyticsParams(filters))) search.set(key, String(value));
  return search;
}

/**
 * The address after one change: a filter change goes back to the first roster page; other parameters
 * (the view, the roster's status) are kept.
 */
export function withFilters(search: URLSearchParams, patch: Partial<AnalyticsFilters>): URLSearchParams {
  const current = readAnalyticsScreen(search);
  const next = new URLSearchParams(search);
  for (const key of FILTER_PARAMS) next.delete(key);
  next.delete('page');
  for (const [key, value] of filtersSearch({ ...current.filters, ...patch })) next.set(key, value);
  return next;
}

/** Another view (tab) of the same unit and filters; the roster's status and page belong to the roster. */
export function withView(search: URLSearchParams, view: AnalyticsView): URLSearchParams {
  const next = new URLSearchParams(search);
  if (view === DEFAULT_VIEW) next.delete('view');
  else next.set('view', view);
  if (view !== 'roster') {
    next.delete('status');
    next.delete('page');
  }
  return next;
}

/** The page of a unit with the same filters, on a given view: how the drill-down and the breadcrumb link. */
export function unitLink(unitId: string, filters: AnalyticsFilters, view: AnalyticsView = DEFAULT_VIEW): string {
  const search = filtersSearch(filters);
  if (view !== DEFAULT_VIEW) search.set('view', view);
  const text = search.toString();
  return `/analytics/units/${unitId}${text ? `?${text}` : ''}`;
}

/** Whether any filter narrows who counts, so an empty view says "nothing matches" rather than "nothing required". */
export function isNarrowed(filters: AnalyticsFilters): boolean {
  return Boolean(filters.category || filters.courseIds.length || filters.positions.length || filters.reserve !== 'all');
}
