import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { QueueName, type JobPayloads } from '../../../core/queue/queues';
import { LearningRepository } from '../learning.repository';

/**
 * Records a course completion once. It re-reads the enrolment, so a stale or repeated job does
 * nothing; the primary key of course_completions is the final guard. Certificates and reports hook in here.
 */
@Processor(QueueName.CourseCompleted)
export class RecordCourseCompletionProcessor extends WorkerHost {
  private readonly logger = new Logger(RecordCourseCompletionProcessor.name);

  constructor(private readonly learning: LearningRepository) {
    super();
  }

  async process(job: Job<JobPayloads[QueueName.CourseCompleted]>): Promise<{ recorded: boolean }> {
    const recorded = await this.learning.recordCompletion(job.data.enrolmentId);
    this.logger.log({ enrolmentId: job.data.enrolmentId, recorded }, 'course completion');
    return { recorded };
  }
}
