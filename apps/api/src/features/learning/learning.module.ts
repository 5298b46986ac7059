import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module';
import { LearningController } from './learning.controller';
import { LearningRepository } from './learning.repository';
import { LearningService } from './learning.service';

@Module({
  imports: [CoursesModule],
  controllers: [LearningController],
  providers: [LearningRepository, LearningService],
  exports: [LearningRepository],
})
export class LearningModule {}
