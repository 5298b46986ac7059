import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QueueName, type JobPayloads } from '../../core/queue/queues';
import { completionJobId } from './completion-job-id';

/** Announces completed courses to the worker, whatever completed them (a lesson or a passed quiz). */
@Injectable()
export class CompletionAnnouncer {
  private readonly logger = new Logger(CompletionAnnouncer.name);

  constructor(
    @InjectQueue(QueueName.CourseCompleted) private readonly completions: Queue<JobPayloads[QueueName.CourseCompleted]>,
  ) {}

  /** The job id is the enrolment's, so a repeat adds nothing; the worker's unique row is the final guard. */
  async announce(enrolmentId: string): Promise<void> {
    try {
      await this.completions.add('course-completed', { enrolmentId }, { jobId: completionJobId(enrolmentId) });
    } catch (error) {
      // The completion is committed; the maintenance sweep re-announces completions not yet recorded.
      this.logger.error({ err: error, enrolmentId }, 'could not enqueue course-completed');
    }
  }

  /**
   * For a course that is no longer completed (a regrade reopened a step): removes its finished
   * announcement, which BullMQ keeps for a day under the same job id and would otherwise swallow the
   * announcement of her completing the course again.
   */
  async withdraw(enrolmentId: string): Promise<void> {
    try {
      await this.completions.remove(completionJobId(enrolmentId));
    } catch (error) {
      // The maintenance sweep re-announces completions not recorded once the kept job expires.
      this.logger.error({ err: error, enrolmentId }, 'could not withdraw course-completed');
    }
  }
}
