import { z } from 'zod';
import { IsoDateTime, PageQueryFields, Ref, UuidSchema, pageOf } from './common';

export const AUDIT_ACTIONS = [
  'auth.sign-in',
  'auth.sign-in-failed',
  'auth.sign-out',
  'auth.password-change',
  'me.update',
  'unit-level.create',
  'unit.create',
  'unit.rename',
  'unit.move',
  'person.create',
  'position.assign',
  'position.end',
  'user.create',
  'user.set-roles',
  'user.disable',
  'user.enable',
  'user.reset-password',
  'course.create',
  'course.update-draft',
  'course.start-draft',
  'course.publish',
  'module.create',
  'module.update',
  'module.delete',
  'module.reorder',
  'lesson.create',
  'lesson.update',
  'lesson.delete',
  'lesson.reorder',
  'course.settings',
  'enrolment.self',
  'enrolment.assign',
  'enrolment.end',
  'requirement.create',
  'requirement.end',
  'upload.create',
  'question-bank.create',
  'question-bank.update',
  'question-bank.import',
  'question.create',
  'question.update',
  'question.delete',
  'quiz.update',
  'quiz.regrade',
  'contest.create',
  'contest.update',
  'contest.withdraw',
  'certificate.revoke',
  'certificate.reissue',
  'certificate.template',
  'certificate.retry-job',
  'enrolment.recertify',
  // Queue dashboard (operations): a change made through Bull Board.
  'queue.operate',
  'committee.create',
  'committee.update',
  'committee.archive',
  'committee-recipient.add',
  'committee-recipient.update',
  'committee-recipient.remove',
  'report-schedule.create',
  'report-schedule.update',
  'report-schedule.delete',
  // Committee reports: a run asked for, a copy resent, a recipient's receipt.
  'report.run',
  'report.resend',
  'report.receipt',
] as const;
export const AuditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditActionSchema>;

export const AuditEntryView = z.object({
  id: z.uuid(),
  occurredAt: IsoDateTime,
  actor: Ref.nullable(),
  action: AuditActionSchema,
  targetType: z.string(),
  targetId: z.string().nullable(),
  unit: Ref.nullable(),
  requestId: z.string(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntryView = z.infer<typeof AuditEntryView>;
export const AuditPage = pageOf(AuditEntryView);
export type AuditPage = z.infer<typeof AuditPage>;

const DateOnly = z.iso.date();
export const AuditQuery = z
  .strictObject({
    /** Entries about this unit's subtree. */
    unitId: UuidSchema.optional(),
    /** The acting user. */
    actorId: UuidSchema.optional(),
    action: AuditActionSchema.optional(),
    /** Inclusive days, in Asia/Ho_Chi_Minh time. */
    from: DateOnly.optional(),
    to: DateOnly.optional(),
    ...PageQueryFields,
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: '"from" must not be after "to"',
    path: ['from'],
  });
export type AuditQuery = z.infer<typeof AuditQuery>;

export const HealthView = z.object({
  status: z.enum(['ok', 'degraded']),
  checks: z.record(
    z.string(),
    z.object({ status: z.enum(['up', 'down']), latencyMs: z.number(), error: z.string().optional() }),
  ),
  /** Per queue, for monitoring: a growing `waiting` means the workers fall behind; a growing `failed` needs a look. */
  queues: z.record(
    z.string(),
    z.object({
      /** Ready to run (BullMQ's wait list and prioritised jobs). */
      waiting: z.number().int(),
      active: z.number().int(),
      delayed: z.number().int(),
      /** Kept 14 days after their last attempt (`DEFAULT_JOB_OPTIONS`). */
      failed: z.number().int(),
      /** Kept a day, at most 1000. */
      completed: z.number().int(),
      /** Paused from the queue dashboard: workers take nothing until it is resumed. */
      paused: z.boolean(),
      /** Repeating schedules (job schedulers) the workers keep. */
      schedulers: z.number().int(),
      /** Workers connected to the queue now; null when Redis refuses CLIENT LIST (some managed services). */
      workers: z.number().int().nullable(),
    }),
  ),
  time: IsoDateTime,
});
export type HealthView = z.infer<typeof HealthView>;
