import { Module } from '@nestjs/common';
import { OrganisationModule } from '../organisation/organisation.module';
import { CohortsRepository } from './cohorts.repository';
import { CohortsService } from './cohorts.service';
import { CommitteeAccess } from './committee-access';
import { CommitteeCoursesRepository } from './committee-courses.repository';
import { CommitteeRecipientsRepository } from './committee-recipients.repository';
import { CommitteeRecipientsService } from './committee-recipients.service';
import { CommitteesController } from './committees.controller';
import { CommitteesRepository } from './committees.repository';
import { CommitteesService } from './committees.service';
import { ReportScheduleSyncModule } from './report-schedule-sync.module';
import { ReportSchedulesController } from './report-schedules.controller';
import { ReportSchedulesService } from './report-schedules.service';

/** The API's side of committees: committees, recipients, cohorts to choose from, and report schedules. */
@Module({
  imports: [OrganisationModule, ReportScheduleSyncModule],
  controllers: [CommitteesController, ReportSchedulesController],
  providers: [
    CommitteesRepository,
    CommitteeRecipientsRepository,
    CohortsRepository,
    CommitteeCoursesRepository,
    CommitteeAccess,
    CommitteesService,
    CommitteeRecipientsService,
    ReportSchedulesService,
    CohortsService,
  ],
})
export class CommitteesModule {}
