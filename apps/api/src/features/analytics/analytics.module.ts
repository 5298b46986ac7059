import { Module } from '@nestjs/common';
import { OrganisationModule } from '../organisation/organisation.module';
import { AnalyticsReader } from './analytics-reader';
import { AnalyticsController } from './analytics.controller';
import { AnalyticsRepository } from './analytics.repository';
import { AnalyticsService } from './analytics.service';

/** Completion analytics: the dashboard's routes, and the reader that committee reports use too. */
@Module({
  imports: [OrganisationModule],
  controllers: [AnalyticsController],
  providers: [AnalyticsRepository, AnalyticsReader, AnalyticsService],
  exports: [AnalyticsReader],
})
export class AnalyticsModule {}
