import { Injectable } from '@nestjs/common';
import { ReportJobs } from './jobs/report-jobs';
import { ReportRecoveryRepository } from './report-recovery.repository';

/** Rows younger than this are left to the job that is working on them. */
export const RECOVERY_QUIET_SECONDS = 120;

/**
 * Puts back in the queues what PostgreSQL says is unfinished: reports not built, built reports without their
 * copies, copies not sent. After a Redis flush or restart, or a worker killed mid-run, the next sweep finds them;
 * the processors then do only what is left, so an extra job never means an extra mail.
 */
@Injectable()
export class ReportRecovery {
  constructor(
    private readonly recovery: ReportRecoveryRepository,
    private readonly jobs: ReportJobs,
  ) {}

  async resume(quietSeconds = RECOVERY_QUIET_SECONDS): Promise<{ runs: number; deliveries: number }> {
    const runs = await this.jobs.run(await this.recovery.unfinishedRuns(quietSeconds));
    const deliveries = await this.jobs.deliver(await this.recovery.unsentDeliveries(quietSeconds));
    return { runs, deliveries };
  }
}
