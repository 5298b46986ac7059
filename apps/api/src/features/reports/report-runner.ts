import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReportJobs } from './jobs/report-jobs';
import { ReportLinks } from './links/report-links';
import { endedPeriod, periodOfKey, type ReportPeriod } from './periods/report-periods';
import { ReportBuilder } from './report-builder';
import { firstLine } from './report-delivery-sender';
import { ReportRunsRepository, type RunSchedule } from './report-runs.repository';

export interface RunOutcome {
  reportId: string | null;
  /** This run built the files (false: they were built before, or the run was skipped). */
  built: boolean;
  /** Copies enqueued: those not sent yet. */
  deliveries: number;
  skipped?: string;
}

/** The worker's run of a schedule for one period: build once, then fan out the copies not yet sent. */
@Injectable()
export class ReportRunner {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly runs: ReportRunsRepository,
    private readonly builder: ReportBuilder,
    private readonly jobs: ReportJobs,
    private readonly links: ReportLinks,
  ) {}

  /**
   * `periodKey` null: a job scheduler's run, for the period that has just ended (nothing while a disabled
   * schedule or an archived committee still has a scheduler). `finalAttempt`: a failed build is then marked
   * `failed` for the staff list, instead of waiting for the next retry.
   */
  async run(scheduleId: string, periodKey: string | null, finalAttempt: boolean): Promise<RunOutcome> {
    const schedule = await this.runs.schedule(scheduleId);
    if (!schedule) return skipped('no such schedule');
    const period = this.periodOf(schedule, periodKey);
    if (typeof period === 'string') return skipped(period);

    const report = await this.runs.ensureReport(this.db.manager, schedule.id, period, null);
    let built = false;
    if (report.status !== 'ready') {
      try {
        built = await this.buildOnce(report.id, schedule);
      } catch (error) {
        if (finalAttempt) await this.runs.markFailed(report.id, firstLine(error));
        else await this.runs.noteError(report.id, firstLine(error));
        throw error;
      }
    }
    const deliveryIds = await this.runs.fanOut(report.id, this.links.messageDomain);
    await this.jobs.deliver(deliveryIds);
    return { reportId: report.id, built, deliveries: deliveryIds.length };
  }

  private periodOf(schedule: RunSchedule, periodKey: string | null): ReportPeriod | string {
    if (periodKey !== null)
      return periodOfKey(periodKey, schedule.cohort) ?? `not a period of this schedule: ${periodKey}`;
    if (!schedule.enabled || schedule.committeeArchived) return 'schedule disabled or committee archived';
    return endedPeriod(schedule.kind, new Date(), schedule.cohort) ?? 'no period has ended';
  }

  /**
   * Under the report row's lock, so a concurrent run waits and then finds it ready. The files are written under
   * the report's id before the row says `ready`: a crash in between leaves files a retry overwrites, never a row
   * pointing at nothing.
   */
  private async buildOnce(reportId: string, schedule: RunSchedule): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const locked = await this.runs.lockForBuild(manager, reportId);
      if (!locked || locked.status === 'ready') return false;
      const { files, summary } = await this.builder.build(manager, locked, schedule);
      await this.runs.markReady(manager, reportId, files, summary);
      return true;
    });
  }
}

function skipped(reason: string): RunOutcome {
  return { reportId: null, built: false, deliveries: 0, skipped: reason };
}
