import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import type { AppConfig } from './core/config/app-config';
import { CoreModule } from './core/core.module';
import { AllExceptionsFilter } from './core/http/all-exceptions.filter';
import { ContractInterceptor } from './core/http/contract.interceptor';
import { AnalyticsModule } from './features/analytics/analytics.module';
import { AttemptsModule } from './features/attempts/attempts.module';
import { AuditModule } from './features/audit/audit.module';
import { AuthModule } from './features/auth/auth.module';
import { CertificatesModule } from './features/certificates/certificates.module';
import { CommitteesModule } from './features/committees/committees.module';
import { ContestsModule } from './features/contests/contests.module';
import { CoursesModule } from './features/courses/courses.module';
import { HealthModule } from './features/health/health.module';
import { LearningModule } from './features/learning/learning.module';
import { OrganisationModule } from './features/organisation/organisation.module';
import { QuizResultsModule } from './features/quiz-results/quiz-results.module';
import { QuizzesModule } from './features/quizzes/quizzes.module';
import { ReportsModule } from './features/reports/reports.module';
import { UploadsModule } from './features/uploads/uploads.module';
import { UsersModule } from './features/users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        AuthModule,
        OrganisationModule,
        UsersModule,
        AuditModule,
        HealthModule,
        CoursesModule,
        LearningModule,
        UploadsModule,
        QuizzesModule,
        AttemptsModule,
        QuizResultsModule,
        ContestsModule,
        CertificatesModule,
        AnalyticsModule,
        CommitteesModule,
        ReportsModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: APP_INTERCEPTOR, useClass: ContractInterceptor },
      ],
    };
  }
}
