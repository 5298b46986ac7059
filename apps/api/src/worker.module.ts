import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from './core/config/app-config';
import { CoreModule } from './core/core.module';
import { CertificatesJobsModule } from './features/certificates/certificates-jobs.module';
import { CommitteesJobsModule } from './features/committees/committees-jobs.module';
import { LearningJobsModule } from './features/learning/learning-jobs.module';
import { MaintenanceModule } from './features/maintenance/maintenance.module';
import { ReportsJobsModule } from './features/reports/reports-jobs.module';

/** The job processors: same code base as the API, no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forRoot(config),
        MaintenanceModule,
        LearningJobsModule,
        CertificatesJobsModule,
        CommitteesJobsModule,
        ReportsJobsModule,
      ],
    };
  }
}
