import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module';
import { LearningController } from './learning.controller';
import { LearningRepository } from './learning.repository';
import { LearningService } from './learning.service';
import { RequirementsController } from './requirements.controller';
import { RequirementsRepository } from './requirements.repository';
import { RequirementsService } from './requirements.service';

@Module({
  imports: [CoursesModule],
  controllers: [LearningController, RequirementsController],
  providers: [LearningRepository, LearningService, RequirementsRepository, RequirementsService],
  exports: [LearningRepository],
})
export class LearningModule {}
