import { z } from 'zod';
import { EmailSchema, IsoDateTime, PageQueryFields, Ref, SearchText, UuidSchema, pageOf } from './common';

/**
 * Supervising committees (C9): the Party committee at the same level, the union's standing committee
 * above, or another body that expects completion reports. A committee is managed by the admins of its
 * own unit and covers the subtrees of the units it lists.
 */
export const COMMITTEE_KINDS = ['party_committee', 'union_standing_committee', 'other'] as const;
export const CommitteeKindSchema = z.enum(COMMITTEE_KINDS);
export type CommitteeKind = z.infer<typeof CommitteeKindSchema>;

/**
 * When a schedule's report is built: `monthly` at 06:00 on the 1st (the month before), `quarterly` at 06:00
 * on 1 Jan/Apr/Jul/Oct (the quarter before), `cohort_end` at 06:00 the day after its cohort ends, and
 * `on_demand` only when someone asks. Times are Vietnam's (Asia/Ho_Chi_Minh).
 */
export const REPORT_SCHEDULE_KINDS = ['monthly', 'quarterly', 'cohort_end', 'on_demand'] as const;
export const ReportScheduleKindSchema = z.enum(REPORT_SCHEDULE_KINDS);
export type ReportScheduleKind = z.infer<typeof ReportScheduleKindSchema>;

export const COMMITTEE_STATES = ['active', 'archived'] as const;

function distinct(ids: readonly string[]): boolean {
  return new Set(ids).size === ids.length;
}

const CommitteeName = z.string().trim().min(3).max(200);
/** The units whose subtrees the committee's reports cover; each inside the committee's own unit. */
const CoveredUnitIds = z.array(UuidSchema).min(1).max(50).refine(distinct, 'Each unit only once');

export const CommitteeListQuery = z.strictObject({
  /** Part of the name, diacritics optional. */
  search: SearchText.optional(),
  /** Committees managed in this unit's subtree; within the caller's scope. */
  unitId: UuidSchema.optional(),
  state: z.enum(COMMITTEE_STATES).default('active'),
  ...PageQueryFields,
});
export type CommitteeListQuery = z.infer<typeof CommitteeListQuery>;

export const CreateCommitteeBody = z.strictObject({
  /** The unit whose admins manage the committee. */
  unitId: UuidSchema,
  name: CommitteeName,
  kind: CommitteeKindSchema,
  unitIds: CoveredUnitIds,
});
export type CreateCommitteeBody = z.infer<typeof CreateCommitteeBody>;

export const UpdateCommitteeBody = z
  .strictObject({
    name: CommitteeName.optional(),
    kind: CommitteeKindSchema.optional(),
    unitIds: CoveredUnitIds.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'Change at least one field', path: [] });
export type UpdateCommitteeBody = z.infer<typeof UpdateCommitteeBody>;

const RecipientName = z.string().trim().min(2).max(120);
/** Free text, as printed on the report: "Phó Bí thư Tỉnh ủy". */
const RecipientRole = z.string().trim().min(2).max(200);

export const RecipientBody = z.strictObject({ fullName: RecipientName, email: EmailSchema, role: RecipientRole });
export type RecipientBody = z.infer<typeof RecipientBody>;

export const UpdateRecipientBody = z
  .strictObject({ fullName: RecipientName.optional(), email: EmailSchema.optional(), role: RecipientRole.optional() })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'Change at least one field', path: [] });
export type UpdateRecipientBody = z.infer<typeof UpdateRecipientBody>;

export const RecipientView = z.object({
  id: UuidSchema,
  committeeId: UuidSchema,
  fullName: z.string(),
  email: z.string(),
  role: z.string(),
  createdAt: IsoDateTime,
});
export type RecipientView = z.infer<typeof RecipientView>;

const DateOnly = z.iso.date();

export const CohortRef = z.object({ id: UuidSchema, name: z.string(), endsOn: DateOnly });
export type CohortRef = z.infer<typeof CohortRef>;

export const CohortView = z.object({
  id: UuidSchema,
  name: z.string(),
  course: Ref,
  unit: Ref,
  startsOn: DateOnly,
  endsOn: DateOnly,
});
export type CohortView = z.infer<typeof CohortView>;
export const CohortPage = pageOf(CohortView);
export type CohortPage = z.infer<typeof CohortPage>;

export const CohortListQuery = z.strictObject({
  /** Cohorts run by this unit's subtree; within the caller's scope. */
  unitId: UuidSchema.optional(),
  ...PageQueryFields,
});
export type CohortListQuery = z.infer<typeof CohortListQuery>;

/** Programmes a report covers; none means every course required in the committee's units. */
const ScheduleCourseIds = z.array(UuidSchema).max(20).refine(distinct, 'Each course only once');

export const ReportScheduleBody = z
  .strictObject({
    kind: ReportScheduleKindSchema,
    courseIds: ScheduleCourseIds.default([]),
    /** Required for `cohort_end`, absent otherwise. */
    cohortId: UuidSchema.nullish(),
    enabled: z.boolean().default(true),
  })
  .superRefine((b, ctx) => {
    const message = cohortMismatch(b.kind, b.cohortId ?? null);
    if (message) ctx.addIssue({ code: 'custom', path: ['cohortId'], message });
  });
export type ReportScheduleBody = z.infer<typeof ReportScheduleBody>;

export const UpdateReportScheduleBody = z
  .strictObject({
    kind: ReportScheduleKindSchema.optional(),
    courseIds: ScheduleCourseIds.optional(),
    cohortId: UuidSchema.nullable().optional(),
    enabled: z.boolean().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'Change at least one field', path: [] });
export type UpdateReportScheduleBody = z.infer<typeof UpdateReportScheduleBody>;

/** Why a kind and a cohort do not go together (an end-of-cohort schedule names one, no other kind does), or null. */
export function cohortMismatch(kind: ReportScheduleKind, cohortId: string | null): string | null {
  if (kind === 'cohort_end' && !cohortId) return 'An end-of-cohort schedule names its cohort';
  if (kind !== 'cohort_end' && cohortId) return 'Only an end-of-cohort schedule names a cohort';
  return null;
}

export const ReportScheduleView = z.object({
  id: UuidSchema,
  committeeId: UuidSchema,
  kind: ReportScheduleKindSchema,
  /** Empty: every course required in the committee's units. */
  courses: z.array(Ref),
  cohort: CohortRef.nullable(),
  enabled: z.boolean(),
  /** When the next report is due by the schedule's calendar; null when none is (disabled, on demand, cohort past). */
  nextRunAt: IsoDateTime.nullable(),
  /** Reports built from it exist, so it can be disabled but not deleted. */
  hasReports: z.boolean(),
  createdBy: Ref.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type ReportScheduleView = z.infer<typeof ReportScheduleView>;
export const ReportScheduleList = z.object({ items: z.array(ReportScheduleView) });
export type ReportScheduleList = z.infer<typeof ReportScheduleList>;

export const CommitteeSummary = z.object({
  id: UuidSchema,
  name: z.string(),
  kind: CommitteeKindSchema,
  /** The unit whose admins manage it. */
  unit: Ref,
  /** The units whose subtrees its reports cover. */
  units: z.array(Ref),
  recipientCount: z.number().int(),
  enabledScheduleCount: z.number().int(),
  archivedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type CommitteeSummary = z.infer<typeof CommitteeSummary>;
export const CommitteePage = pageOf(CommitteeSummary);
export type CommitteePage = z.infer<typeof CommitteePage>;

export const CommitteeDetail = CommitteeSummary.extend({
  /** Current recipients (removed ones are kept for the delivery log but not listed). */
  recipients: z.array(RecipientView),
  schedules: z.array(ReportScheduleView),
});
export type CommitteeDetail = z.infer<typeof CommitteeDetail>;

/**
 * Courses a schedule of this committee may name: those required in (or above, or below) its units and those
 * owned there, each saying whether it is required, i.e. whether an empty choice covers it.
 */
export const CommitteeCourseOption = z.object({ id: UuidSchema, name: z.string(), required: z.boolean() });
export type CommitteeCourseOption = z.infer<typeof CommitteeCourseOption>;
export const CommitteeCourseOptions = z.object({ items: z.array(CommitteeCourseOption) });
export type CommitteeCourseOptions = z.infer<typeof CommitteeCourseOptions>;
