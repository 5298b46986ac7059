import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ReportScheduleSync } from '../report-schedule-sync';

/**
 * At every worker start the queue is brought in line with the schedule rows, so a Redis flushed while the
 * worker was down gets its report schedulers back at once; the maintenance task `sync-report-schedules`
 * does the same every few minutes while it runs.
 */
@Injectable()
export class ReconcileReportSchedulesAtStart implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReconcileReportSchedulesAtStart.name);

  constructor(private readonly sync: ReportScheduleSync) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.sync.reconcile();
    } catch (error) {
      // The worker's other jobs should not wait for this; the periodic task will try again in minutes.
      this.logger.error({ err: error }, 'report schedules could not be reconciled at start');
    }
  }
}
