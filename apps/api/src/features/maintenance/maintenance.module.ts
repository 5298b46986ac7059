import { Module } from '@nestjs/common';
import { SessionsRepository } from '../auth/sessions.repository';
import { LearningJobsModule } from '../learning/learning-jobs.module';
import { MaintenanceSchedules } from './maintenance-schedules';
import { MaintenanceProcessor } from './maintenance.processor';

@Module({ imports: [LearningJobsModule], providers: [SessionsRepository, MaintenanceProcessor, MaintenanceSchedules] })
export class MaintenanceModule {}
