import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../core/config/app-config';
import { queueOptions } from '../../core/queue/queue.module';
import { QueueName, type JobPayloads } from '../../core/queue/queues';
import { AnalyticsReader } from '../../features/analytics/analytics-reader';
import { AnalyticsRepository } from '../../features/analytics/analytics.repository';
import { ReportJobs } from '../../features/reports/jobs/report-jobs';
import { ReportLinks } from '../../features/reports/links/report-links';
import { endedPeriod } from '../../features/reports/periods/report-periods';
import { ReportBuilder } from '../../features/reports/report-builder';
import { ReportFiles } from '../../features/reports/report-files';
import { ReportRunner, type RunOutcome } from '../../features/reports/report-runner';
import { ReportRunsRepository } from '../../features/reports/report-runs.repository';
import { DEMO_REPORT_SCHEDULES } from './demo-ids';

/**
 * Last month's report to the province's Party committee, built at setup by the worker's own runner, so a fresh
 * demo has a report in the log at once; its copies are queued for the worker, which mails them as soon as it
 * starts (to the outbox directory or the mail catcher). Idempotent: the period's report is built once, and a
 * copy already sent is not sent again.
 */
export async function runDemoReport(db: DataSource, config: AppConfig, now = new Date()): Promise<RunOutcome> {
  const options = queueOptions(config);
  const runQueue = new Queue<JobPayloads[QueueName.ReportRuns]>(QueueName.ReportRuns, options);
  const deliveryQueue = new Queue<JobPayloads[QueueName.ReportDeliveries]>(QueueName.ReportDeliveries, options);
  try {
    const runs = new ReportRunsRepository(db);
    const runner = new ReportRunner(
      db,
      runs,
      new ReportBuilder(new AnalyticsReader(new AnalyticsRepository(db)), runs, new ReportFiles(config)),
      new ReportJobs(runQueue, deliveryQueue),
      new ReportLinks(config),
    );
    const period = endedPeriod('monthly', now, null);
    if (!period) throw new Error('no month has ended');
    return await runner.run(DEMO_REPORT_SCHEDULES.provincePartyMonthly, period.key, true);
  } finally {
    await Promise.all([runQueue.close(), deliveryQueue.close()]);
  }
}
