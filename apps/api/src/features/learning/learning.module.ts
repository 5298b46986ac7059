import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { LearningController } from './learning.controller';
import { LearningRepository } from './learning.repository';
import { LearningService } from './learning.service';
import { RequirementsController } from './requirements.controller';
import { RequirementsRepository } from './requirements.repository';
import { RequirementsService } from './requirements.service';

@Module({
  imports: [CoursesModule, OrganisationModule],
  controllers: [LearningController, RequirementsController],
  providers: [LearningRepository, LearningService, RequirementsRepository, RequirementsService],
  exports: [LearningRepository],
})
export class LearningModule {}
