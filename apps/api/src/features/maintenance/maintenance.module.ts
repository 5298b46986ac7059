import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MaintenanceSchedules } from './maintenance-schedules';
import { MaintenanceProcessor } from './purge-expired-sessions.job';

@Module({ imports: [AuthModule], providers: [MaintenanceProcessor, MaintenanceSchedules] })
export class MaintenanceModule {}
