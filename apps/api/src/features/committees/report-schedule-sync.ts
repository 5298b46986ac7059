import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Job, JobSchedulerJson, Queue } from 'bullmq';
import { QueueName, type JobPayloads } from '../../core/queue/queues';
import {
  RUN_REPORT_JOB,
  cohortEndJobPrefix,
  desiredJobs,
  scheduleIdOfCohortJob,
  scheduleIdOfScheduler,
  schedulerId,
  type DesiredJobs,
  type SyncRow,
} from './report-schedule-jobs';
import { ReportSchedulesRepository } from './report-schedules.repository';

type RunPayload = JobPayloads[QueueName.ReportRuns];
type RunQueue = Queue<RunPayload>;

export interface SyncResult {
  /** Job schedulers created or changed. */
  upserted: number;
  /** End-of-cohort jobs added. */
  added: number;
  /** Job schedulers and end-of-cohort jobs removed. */
  removed: number;
}

/**
 * Makes the report-runs queue hold what the schedule rows in PostgreSQL ask for: a job scheduler per enabled
 * monthly or quarterly schedule, a delayed job per enabled end-of-cohort schedule whose moment is ahead, and
 * nothing else of ours. Called by the API after each change, by the worker at start and by a maintenance task
 * every few minutes, so a flushed Redis, or a change whose sync failed, comes right within minutes.
 * Every step compares before it writes, so running it again changes nothing.
 */
@Injectable()
export class ReportScheduleSync {
  private readonly logger = new Logger(ReportScheduleSync.name);

  constructor(
    @InjectQueue(QueueName.ReportRuns) private readonly queue: RunQueue,
    private readonly schedules: ReportSchedulesRepository,
  ) {}

  /**
   * After a committed change. A failure is logged, not thrown: the change is saved and the periodic
   * reconcile will bring the queue in line; the person who made it should not see an error for it.
   */
  async afterChange(scheduleIds: string[]): Promise<void> {
    try {
      await this.sync(scheduleIds);
    } catch (error) {
      this.logger.warn({ err: error, scheduleIds }, 'report schedule sync failed; the periodic reconcile will retry');
    }
  }

  /** Brings the named schedules' jobs in line with their rows (a deleted row removes its jobs). */
  async sync(scheduleIds: string[], now: Date = new Date()): Promise<SyncResult> {
    const result: SyncResult = { upserted: 0, added: 0, removed: 0 };
    if (scheduleIds.length === 0) return result;
    const rows = byId(await this.schedules.forSync(scheduleIds));
    const delayed = await this.cohortEndJobs();
    for (const id of new Set(scheduleIds)) {
      const existing = await this.queue.getJobScheduler(schedulerId(id));
      await this.apply(id, desiredJobs(rows.get(id) ?? null, now), existing, delayed, result);
    }
    return result;
  }

  /** Every schedule, and whatever of ours the queue holds for schedules that no longer exist. */
  async reconcile(now: Date = new Date()): Promise<SyncResult> {
    const result: SyncResult = { upserted: 0, added: 0, removed: 0 };
    const rows = byId(await this.schedules.forSync());
    const schedulers = new Map<string, JobSchedulerJson<RunPayload>>();
    for (const scheduler of await this.queue.getJobSchedulers(0, -1)) {
      const id = scheduleIdOfScheduler(scheduler.key);
      if (id) schedulers.set(id, scheduler);
    }
    const delayed = await this.cohortEndJobs();
    const ids = new Set([...rows.keys(), ...schedulers.keys()]);
    for (const job of delayed) {
      const id = scheduleIdOfCohortJob(job.id!);
      if (id) ids.add(id);
    }
    for (const id of ids) {
      await this.apply(id, desiredJobs(rows.get(id) ?? null, now), schedulers.get(id), delayed, result);
    }
    if (result.upserted || result.added || result.removed) this.logger.log(result, 'report schedules reconciled');
    return result;
  }

  private async apply(
    id: string,
    desired: DesiredJobs,
    existing: JobSchedulerJson<RunPayload> | undefined,
    delayed: Job<RunPayload>[],
    result: SyncResult,
  ): Promise<void> {
    await this.applyScheduler(id, desired.scheduler, existing, result);
    await this.applyCohortJob(
      id,
      desired.cohortJob,
      delayed.filter((job) => job.id!.startsWith(cohortEndJobPrefix(id))),
      result,
    );
  }

  private async applyScheduler(
    id: string,
    desired: DesiredJobs['scheduler'],
    existing: JobSchedulerJson<RunPayload> | undefined,
    result: SyncResult,
  ): Promise<void> {
    if (!desired) {
      if (existing && (await this.queue.removeJobScheduler(schedulerId(id)))) result.removed += 1;
      return;
    }
    const same =
      existing?.name === RUN_REPORT_JOB &&
      existing.pattern === desired.pattern &&
      existing.tz === desired.tz &&
      existing.template?.data?.scheduleId === id;
    if (same) return;
    await this.queue.upsertJobScheduler(
      schedulerId(id),
      { pattern: desired.pattern, tz: desired.tz },
      { name: RUN_REPORT_JOB, data: { scheduleId: id } },
    );
    result.upserted += 1;
  }

  private async applyCohortJob(
    id: string,
    desired: DesiredJobs['cohortJob'],
    jobs: Job<RunPayload>[],
    result: SyncResult,
  ): Promise<void> {
    for (const job of jobs) {
      if (job.id === desired?.jobId) continue;
      try {
        await job.remove();
        result.removed += 1;
      } catch (error) {
        // Taken by a worker meanwhile: the processor re-reads the schedule and skips a disabled one.
        this.logger.warn({ err: error, jobId: job.id }, 'could not remove an end-of-cohort report job');
      }
    }
    if (!desired?.delayUntil) return;
    if (jobs.some((job) => job.id === desired.jobId) || (await this.queue.getJob(desired.jobId))) return;
    await this.queue.add(
      RUN_REPORT_JOB,
      { scheduleId: id },
      { jobId: desired.jobId, delay: Math.max(0, desired.delayUntil.getTime() - Date.now()) },
    );
    result.added += 1;
  }

  /** Delayed end-of-cohort jobs: the only ones that can still be taken back before they run. */
  private async cohortEndJobs(): Promise<Job<RunPayload>[]> {
    const jobs = await this.queue.getDelayed(0, -1);
    return jobs.filter((job): job is Job<RunPayload> => Boolean(job?.id?.startsWith(cohortEndJobPrefix())));
  }
}

function byId(rows: SyncRow[]): Map<string, SyncRow> {
  return new Map(rows.map((row) => [row.id, row]));
}
