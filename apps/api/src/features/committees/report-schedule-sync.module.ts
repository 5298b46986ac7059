import { Module } from '@nestjs/common';
import { ReportScheduleSync } from './report-schedule-sync';
import { ReportSchedulesRepository } from './report-schedules.repository';

/** The schedule rows → job schedulers sync, shared by the API (after changes) and the worker (start, periodic). */
@Module({
  providers: [ReportSchedulesRepository, ReportScheduleSync],
  exports: [ReportSchedulesRepository, ReportScheduleSync],
})
export class ReportScheduleSyncModule {}
