import { z } from 'zod';
import { IsoDateTime, PageQueryFields, Ref, UuidSchema, pageOf } from './common';

const DateOnly = z.iso.date();

/** A report is built once per (schedule, period); `failed` after its build used up its retries. */
export const REPORT_STATUSES = ['building', 'ready', 'failed'] as const;
export const ReportStatusSchema = z.enum(REPORT_STATUSES);
export type ReportStatus = z.infer<typeof ReportStatusSchema>;

/** One recipient's copy: `sending` while a worker holds it (or died holding it; the retry sends it). */
export const REPORT_DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export const ReportDeliveryStatusSchema = z.enum(REPORT_DELIVERY_STATUSES);
export type ReportDeliveryStatus = z.infer<typeof ReportDeliveryStatusSchema>;

const ScheduleKind = z.enum(['monthly', 'quarterly', 'cohort_end', 'on_demand']);

/** The numbers a report leads with, summed over the committee's units (as printed in its files). */
export const ReportHeadline = z.object({
  required: z.number().int(),
  completed: z.number().int(),
  completionRate: z.number().nullable(),
  sat: z.number().int(),
  passed: z.number().int(),
  passRate: z.number().nullable(),
  /** "Training held in N of M units" over the units directly below the committee's units. */
  activeUnits: z.number().int(),
  units: z.number().int(),
});
export type ReportHeadline = z.infer<typeof ReportHeadline>;

/**
 * The period a report covers. `key`: `2026-10` (month), `2026-Q3` (quarter), `cohort-<id>` (a cohort's dates),
 * `demand-<from>-<to>` (chosen by the requester); dates are Vietnam calendar days, both included.
 */
export const ReportPeriod = z.object({ key: z.string(), start: DateOnly, end: DateOnly });
export type ReportPeriod = z.infer<typeof ReportPeriod>;

export const ReportDeliveryCounts = z.object({
  total: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
  received: z.number().int(),
});

export const ReportListItem = z.object({
  id: UuidSchema,
  committee: Ref,
  schedule: z.object({ id: UuidSchema, kind: ScheduleKind }),
  cohort: Ref.nullable(),
  period: ReportPeriod,
  status: ReportStatusSchema,
  createdAt: IsoDateTime,
  builtAt: IsoDateTime.nullable(),
  /** Why the last build failed (its first line). */
  lastError: z.string().nullable(),
  deliveries: ReportDeliveryCounts,
});
export type ReportListItem = z.infer<typeof ReportListItem>;
export const ReportPage = pageOf(ReportListItem);
export type ReportPage = z.infer<typeof ReportPage>;

export const ReportListQuery = z.strictObject({
  committeeId: UuidSchema.optional(),
  scheduleId: UuidSchema.optional(),
  status: ReportStatusSchema.optional(),
  ...PageQueryFields,
});
export type ReportListQuery = z.infer<typeof ReportListQuery>;

export const ReportDeliveryView = z.object({
  id: UuidSchema,
  recipient: z.object({ id: UuidSchema, name: z.string(), email: z.string(), role: z.string() }),
  status: ReportDeliveryStatusSchema,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  lastAttemptAt: IsoDateTime.nullable(),
  sentAt: IsoDateTime.nullable(),
  openedAt: IsoDateTime.nullable(),
  receivedAt: IsoDateTime.nullable(),
  /** The same on every (re)send of this copy, so mail clients recognise a repeat. */
  messageId: z.string(),
});
export type ReportDeliveryView = z.infer<typeof ReportDeliveryView>;

export const ReportDetail = ReportListItem.extend({
  requestedBy: Ref.nullable(),
  headline: ReportHeadline.nullable(),
  /** The units the report covers (the committee's), as printed. */
  units: z.array(Ref),
  deliveryLog: z.array(ReportDeliveryView),
});
export type ReportDetail = z.infer<typeof ReportDetail>;

/** Without dates: the schedule's period that has just ended. With both: that period, on demand. */
export const RunReportBody = z
  .strictObject({ from: DateOnly.optional(), to: DateOnly.optional() })
  .superRefine((body, ctx) => {
    if ((body.from === undefined) !== (body.to === undefined)) {
      ctx.addIssue({ code: 'custom', path: [body.from === undefined ? 'from' : 'to'], message: 'give both dates' });
    } else if (body.from !== undefined && body.to !== undefined && body.from > body.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
    }
  });
export type RunReportBody = z.infer<typeof RunReportBody>;

/** `created: false`: that period's report existed already, and this is it (nothing is built or sent twice). */
export const ReportRunResult = z.object({ report: ReportListItem, created: z.boolean() });
export type ReportRunResult = z.infer<typeof ReportRunResult>;

/** A schedule an admin may run now, with what the run dialog shows. */
export const ReportScheduleOption = z.object({
  id: UuidSchema,
  kind: ScheduleKind,
  enabled: z.boolean(),
  committee: Ref,
  cohort: z.object({ id: UuidSchema, name: z.string(), startsOn: DateOnly, endsOn: DateOnly }).nullable(),
  courseCount: z.number().int(),
});
export type ReportScheduleOption = z.infer<typeof ReportScheduleOption>;
export const ReportScheduleOptions = z.object({ items: z.array(ReportScheduleOption) });
export type ReportScheduleOptions = z.infer<typeof ReportScheduleOptions>;

/**
 * The signed token of a recipient's link (`<delivery id>.<HMAC-SHA256, base64url>`). Its shape is not checked
 * here: a damaged or forged token answers 404 like an unknown one, never a hint about which part was wrong.
 */
export const ReportLinkParams = z.strictObject({ token: z.string().min(1).max(200) });

/** What a committee recipient sees through her link: no account, only her copy's report. */
export const ReportLinkView = z.object({
  title: z.string(),
  issuer: z.string(),
  committee: z.string(),
  recipientName: z.string(),
  period: ReportPeriod,
  cohortName: z.string().nullable(),
  headline: ReportHeadline,
  units: z.array(z.string()),
  files: z.object({ pdf: z.string(), xlsx: z.string() }),
  sentAt: IsoDateTime.nullable(),
  receivedAt: IsoDateTime.nullable(),
});
export type ReportLinkView = z.infer<typeof ReportLinkView>;

export const ReportReceipt = z.object({ receivedAt: IsoDateTime });
export type ReportReceipt = z.infer<typeof ReportReceipt>;
