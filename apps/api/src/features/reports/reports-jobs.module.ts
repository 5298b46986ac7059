import { Module } from '@nestjs/common';
import { MailModule } from '../../core/mail/mail.module';
import { AnalyticsReader } from '../analytics/analytics-reader';
import { AnalyticsRepository } from '../analytics/analytics.repository';
import { DeliverReportProcessor } from './jobs/deliver-report.job';
import { ReportJobs } from './jobs/report-jobs';
import { RunReportProcessor } from './jobs/run-report.job';
import { ReportLinks } from './links/report-links';
import { ReportBuilder } from './report-builder';
import { ReportDeliveriesRepository } from './report-deliveries.repository';
import { ReportDeliverySender } from './report-delivery-sender';
import { ReportFiles } from './report-files';
import { ReportRecovery } from './report-recovery';
import { ReportRecoveryRepository } from './report-recovery.repository';
import { ReportRunner } from './report-runner';
import { ReportRunsRepository } from './report-runs.repository';

/**
 * The worker's side of committee reports: runs (build once, fan out) and deliveries (send each copy once), and
 * the recovery the maintenance sweep calls. The analytics reader is provided here without the dashboard's
 * controller, which the worker does not serve.
 */
@Module({
  imports: [MailModule],
  providers: [
    AnalyticsRepository,
    AnalyticsReader,
    ReportRunsRepository,
    ReportDeliveriesRepository,
    ReportRecoveryRepository,
    ReportFiles,
    ReportLinks,
    ReportJobs,
    ReportBuilder,
    ReportRunner,
    ReportDeliverySender,
    ReportRecovery,
    RunReportProcessor,
    DeliverReportProcessor,
  ],
  exports: [ReportRecovery],
})
export class ReportsJobsModule {}
