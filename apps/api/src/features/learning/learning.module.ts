import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { CompletionAnnouncer } from './completion-announcer';
import { LearningController } from './learning.controller';
import { LearningRepository } from './learning.repository';
import { LearningService } from './learning.service';
import { RequirementsController } from './requirements.controller';
import { RequirementsRepository } from './requirements.repository';
import { RequirementsService } from './requirements.service';

@Module({
  imports: [CoursesModule, OrganisationModule],
  controllers: [LearningController, RequirementsController],
  providers: [CompletionAnnouncer, LearningRepository, LearningService, RequirementsRepository, RequirementsService],
  exports: [CompletionAnnouncer, LearningRepository],
})
export class LearningModule {}
