import { Module } from '@nestjs/common';
import { SessionsRepository } from '../auth/sessions.repository';
import { ReportScheduleSyncModule } from '../committees/report-schedule-sync.module';
import { LearningJobsModule } from '../learning/learning-jobs.module';
import { ReportsJobsModule } from '../reports/reports-jobs.module';
import { MaintenanceSchedules } from './maintenance-schedules';
import { MaintenanceProcessor } from './maintenance.processor';

@Module({
  imports: [LearningJobsModule, ReportScheduleSyncModule, ReportsJobsModule],
  providers: [SessionsRepository, MaintenanceProcessor, MaintenanceSchedules],
})
export class MaintenanceModule {}
