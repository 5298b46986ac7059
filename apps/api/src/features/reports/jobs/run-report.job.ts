import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Job } from 'bullmq';
import { QueueName, type JobPayloads } from '../../../core/queue/queues';
import { ReportRunner, type RunOutcome } from '../report-runner';

/**
 * A schedule's run (from its job scheduler, without a period: the one that has just ended) or a run of a named
 * period (run now, the maintenance sweep). It builds the period's report once and fans out one copy per
 * recipient; every step re-reads PostgreSQL, so a repeated, resumed or concurrent run adds nothing.
 */
@Processor(QueueName.ReportRuns)
export class RunReportProcessor extends WorkerHost implements BeforeApplicationShutdown {
  private readonly logger = new Logger(RunReportProcessor.name);

  constructor(private readonly runner: ReportRunner) {
    super();
  }

  /** A build in progress finishes (and fans out) before the database closes; see DeliverReportProcessor. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }

  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    this.logger.warn(`report run worker: ${error.message.split('\n')[0]}`);
  }

  async process(job: Job<JobPayloads[QueueName.ReportRuns]>): Promise<RunOutcome> {
    const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const outcome = await this.runner.run(job.data.scheduleId, job.data.periodKey ?? null, finalAttempt);
    this.logger.log({ ...job.data, ...outcome }, 'report run');
    return outcome;
  }
}
