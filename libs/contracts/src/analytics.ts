import { z } from 'zod';
import { PageQueryFields, Ref, UuidSchema, pageOf } from './common';
import { CourseCategorySchema } from './courses';
import { PositionKindSchema, PositionRoleSchema } from './organisation';

const DateOnly = z.iso.date();

/** A list in one query parameter, comma-separated (`?positions=president,branch_head`), at most 50 items. */
function commaList<T extends z.ZodType<unknown, string>>(item: T) {
  return z
    .string()
    .trim()
    .min(1)
    .transform((text) => [...new Set(text.split(',').map((part) => part.trim()))].filter(Boolean))
    .pipe(z.array(item).min(1).max(50));
}

/** Whom a view counts by planning status: everyone required, the position holders, or the reserves. */
export const RESERVE_FILTERS = ['all', 'holder', 'reserve'] as const;
export const ReserveFilterSchema = z.enum(RESERVE_FILTERS);
export type ReserveFilter = z.infer<typeof ReserveFilterSchema>;

/**
 * The filters every analytics view shares. Numbers are as of the end of `to` (Vietnam calendar), today by
 * default; `from` starts the period whose activity counts for coverage and where the trend begins (the
 * first day of `to`'s quarter by default).
 */
export const AnalyticsFilterFields = {
  /** The programme: courses of this category. */
  category: CourseCategorySchema.optional(),
  courseIds: commaList(UuidSchema).optional(),
  positions: commaList(PositionKindSchema).optional(),
  reserve: ReserveFilterSchema.default('all'),
  from: DateOnly.optional(),
  to: DateOnly.optional(),
  /** A unit whose completion rate is below this percentage is flagged as lagging. */
  threshold: z.coerce.number().int().min(0).max(100).default(80),
};
export const AnalyticsQuery = z.strictObject(AnalyticsFilterFields);
export type AnalyticsQuery = z.infer<typeof AnalyticsQuery>;

/**
 * Rates are shares (0–1), null when their denominator is 0. Completion = completed ÷ required (people in
 * required positions, by unit and position — not enrolments); pass = passed every quiz step ÷ sat one.
 * A person in two required positions counts once in each.
 */
export const Indicators = z.object({
  required: z.number().int(),
  completed: z.number().int(),
  completionRate: z.number().nullable(),
  sat: z.number().int(),
  passed: z.number().int(),
  passRate: z.number().nullable(),
});
export type Indicators = z.infer<typeof Indicators>;

export const AnalyticsUnit = z.object({
  id: UuidSchema,
  name: z.string(),
  levelCode: z.string(),
  levelNameVi: z.string(),
  levelNameEn: z.string(),
  childCount: z.number().int(),
});
export type AnalyticsUnit = z.infer<typeof AnalyticsUnit>;

export const AnalyticsChildRow = z.object({
  unit: AnalyticsUnit,
  indicators: Indicators,
  /** A required cadre of its subtree completed a course in the period. */
  active: z.boolean(),
  /** Below the threshold (only when someone is required). */
  lagging: z.boolean(),
});
export type AnalyticsChildRow = z.infer<typeof AnalyticsChildRow>;

export const AnalyticsBreakdown = z.object({
  unit: AnalyticsUnit,
  /** From the top of the caller's scope down to the parent, for the drill-down trail. */
  ancestors: z.array(Ref),
  from: DateOnly,
  to: DateOnly,
  threshold: z.number().int(),
  total: Indicators,
  /** Positions of the unit itself (its president, staff…), outside its children. */
  own: Indicators,
  children: z.array(AnalyticsChildRow),
  /** "Training held in N of M units": children with activity in the period. */
  coverage: z.object({ active: z.number().int(), units: z.number().int() }),
  courses: z.array(z.object({ course: Ref, indicators: Indicators })),
  positions: z.array(z.object({ position: PositionKindSchema, role: PositionRoleSchema, indicators: Indicators })),
});
export type AnalyticsBreakdown = z.infer<typeof AnalyticsBreakdown>;

export const TREND_GRANULARITIES = ['day', 'week', 'month'] as const;
export const AnalyticsTrend = z.object({
  granularity: z.enum(TREND_GRANULARITIES),
  /** The value as of the end of each date (the last point is `to`). */
  points: z.array(Indicators.extend({ date: DateOnly })),
});
export type AnalyticsTrend = z.infer<typeof AnalyticsTrend>;

export const ROSTER_STATUSES = ['completed', 'not_completed'] as const;
export const AnalyticsRosterQuery = z.strictObject({
  ...AnalyticsFilterFields,
  status: z.enum(ROSTER_STATUSES).optional(),
  ...PageQueryFields,
});
export type AnalyticsRosterQuery = z.infer<typeof AnalyticsRosterQuery>;

export const AnalyticsRosterRow = z.object({
  person: Ref,
  unit: Ref,
  position: PositionKindSchema,
  role: PositionRoleSchema,
  course: Ref,
  requiredFrom: DateOnly,
  completedOn: DateOnly.nullable(),
  sat: z.boolean(),
  passed: z.boolean(),
});
export type AnalyticsRosterRow = z.infer<typeof AnalyticsRosterRow>;
export const AnalyticsRosterPage = pageOf(AnalyticsRosterRow);
export type AnalyticsRosterPage = z.infer<typeof AnalyticsRosterPage>;

export const ANALYTICS_VIEWS = ['children', 'courses', 'positions', 'trend', 'roster'] as const;
export const AnalyticsViewSchema = z.enum(ANALYTICS_VIEWS);
export type AnalyticsView = z.infer<typeof AnalyticsViewSchema>;
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export const AnalyticsExportQuery = z.strictObject({
  ...AnalyticsFilterFields,
  status: z.enum(ROSTER_STATUSES).optional(),
  view: AnalyticsViewSchema,
  format: z.enum(EXPORT_FORMATS),
});
export type AnalyticsExportQuery = z.infer<typeof AnalyticsExportQuery>;
