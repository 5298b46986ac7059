import { Module } from '@nestjs/common';
import { RecordCourseCompletionProcessor } from './jobs/record-course-completion.job';
import { LearningRepository } from './learning.repository';

/** The worker's side of learning: no controllers, only the job processors and what they read. */
@Module({ providers: [LearningRepository, RecordCourseCompletionProcessor], exports: [LearningRepository] })
export class LearningJobsModule {}
