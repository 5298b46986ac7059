import { Module } from '@nestjs/common';
import { ApplyRequirementsProcessor } from './jobs/apply-requirements.job';
import { RecordCourseCompletionProcessor } from './jobs/record-course-completion.job';
import { LearningRepository } from './learning.repository';
import { RequirementsRepository } from './requirements.repository';

/** The worker's side of learning: no controllers, only the job processors and what they read. */
@Module({
  providers: [LearningRepository, RequirementsRepository, RecordCourseCompletionProcessor, ApplyRequirementsProcessor],
  exports: [LearningRepository, RequirementsRepository],
})
export class LearningJobsModule {}
