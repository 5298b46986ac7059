import { Module } from '@nestjs/common';
import { ReconcileReportSchedulesAtStart } from './jobs/reconcile-report-schedules.job';
import { ReportScheduleSyncModule } from './report-schedule-sync.module';

/** The worker's side of committees: report schedules reconciled with the queue at start (and periodically, see maintenance). */
@Module({
  imports: [ReportScheduleSyncModule],
  providers: [ReconcileReportSchedulesAtStart],
  exports: [ReportScheduleSyncModule],
})
export class CommitteesJobsModule {}
