import type { ReportScheduleKind } from '@sen/contracts';
import { scheduleTrigger } from './schedule-trigger';

/** The name of every job on the report-runs queue that a schedule starts (the processor's switch reads it). */
export const RUN_REPORT_JOB = 'run-report';

const SCHEDULER_PREFIX = 'report-schedule:';

/** The BullMQ job scheduler of a monthly or quarterly schedule. */
export function schedulerId(scheduleId: string): string {
  return `${SCHEDULER_PREFIX}${scheduleId}`;
}

/** The schedule a job scheduler id belongs to, or null for schedulers that are not a report schedule's. */
export function scheduleIdOfScheduler(id: string): string | null {
  return id.startsWith(SCHEDULER_PREFIX) ? id.slice(SCHEDULER_PREFIX.length) : null;
}

/**
 * The one-off job of an end-of-cohort schedule. It names the cohort's last day, so moving the cohort's end
 * makes another job (the old one is removed), while a repeat of the same one is a no-op; BullMQ refuses `:`
 * in custom job ids.
 */
export function cohortEndJobId(scheduleId: string, endsOn: string): string {
  return `${cohortEndJobPrefix(scheduleId)}${endsOn}`;
}

/** Every end-of-cohort job id starts so; with a schedule id, only that schedule's. */
export function cohortEndJobPrefix(scheduleId?: string): string {
  return scheduleId ? `report-schedule-${scheduleId}-cohort-end-` : 'report-schedule-';
}

const COHORT_JOB = /^report-schedule-([0-9a-f-]{36})-cohort-end-/;

/** The schedule an end-of-cohort job id belongs to, or null for other jobs. */
export function scheduleIdOfCohortJob(jobId: string): string | null {
  return COHORT_JOB.exec(jobId)?.[1] ?? null;
}

/** A schedule as the sync reads it. */
export interface SyncRow {
  id: string;
  kind: ReportScheduleKind;
  /** Enabled and its committee not archived. */
  active: boolean;
  /** The cohort's last day for an end-of-cohort schedule. */
  cohortEndsOn: string | null;
}

export interface DesiredJobs {
  /** The job scheduler to hold, or null for none. */
  scheduler: { pattern: string; tz: string } | null;
  /**
   * The end-of-cohort job that may exist (kept even after its moment, while it runs or retries), and whether
   * to add it now (only while its moment is ahead).
   */
  cohortJob: { jobId: string; delayUntil: Date | null } | null;
}

/** What the queue should hold for a schedule row, or for a schedule that no longer exists (`null`). */
export function desiredJobs(row: SyncRow | null, now: Date = new Date()): DesiredJobs {
  if (!row || !row.active) return { scheduler: null, cohortJob: null };
  const cohort = row.cohortEndsOn ? { endsOn: row.cohortEndsOn } : null;
  const trigger = scheduleTrigger({ kind: row.kind, enabled: row.active }, cohort, now);
  if (row.kind === 'cohort_end' && row.cohortEndsOn) {
    return {
      scheduler: null,
      cohortJob: {
        jobId: cohortEndJobId(row.id, row.cohortEndsOn),
        delayUntil: trigger && 'delayUntil' in trigger ? trigger.delayUntil : null,
      },
    };
  }
  return { scheduler: trigger && 'pattern' in trigger ? trigger : null, cohortJob: null };
}
