import { Module } from '@nestjs/common';
import { ReportJobs } from './jobs/report-jobs';
import { ReportLinks } from './links/report-links';
import { ReportFiles } from './report-files';
import { ReportLinksController } from './report-links.controller';
import { ReportLinksRepository } from './report-links.repository';
import { ReportLinksService } from './report-links.service';
import { ReportRunsRepository } from './report-runs.repository';
import { ReportsController } from './reports.controller';
import { ReportsRepository } from './reports.repository';
import { ReportsService } from './reports.service';

/** The API's side of committee reports: staff runs, logs and resends; recipients' signed links. */
@Module({
  controllers: [ReportsController, ReportLinksController],
  providers: [
    ReportsRepository,
    ReportRunsRepository,
    ReportLinksRepository,
    ReportFiles,
    ReportLinks,
    ReportJobs,
    ReportsService,
    ReportLinksService,
  ],
})
export class ReportsModule {}
