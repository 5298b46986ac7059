import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { QueueName, type JobPayloads } from '../../../core/queue/queues';
import { issueCertificateJobId } from '../../certificates/jobs/issue-certificate-job-id';
import { LearningRepository } from '../learning.repository';

/**
 * Records a course completion once. It re-reads the enrolment, so a stale or repeated job does
 * nothing; the primary key of course_completions is the final guard. Then it asks for the certificate.
 */
@Processor(QueueName.CourseCompleted)
export class RecordCourseCompletionProcessor extends WorkerHost {
  private readonly logger = new Logger(RecordCourseCompletionProcessor.name);

  constructor(
    private readonly learning: LearningRepository,
    @InjectQueue(QueueName.IssueCertificate)
    private readonly certificates: Queue<JobPayloads[QueueName.IssueCertificate]>,
  ) {
    super();
  }

  async process(job: Job<JobPayloads[QueueName.CourseCompleted]>): Promise<{ recorded: boolean }> {
    const { enrolmentId } = job.data;
    const recorded = await this.learning.recordCompletion(enrolmentId);
    this.logger.log({ enrolmentId, recorded }, 'course completion');
    // Asked even when already recorded: a retry of this job must still reach the certificate. The job id
    // names this completion, so a repeat adds nothing; the certificate's unique key is the final guard.
    const completedAt = await this.learning.completedAt(enrolmentId);
    if (completedAt) {
      await this.certificates.add(
        'issue-certificate',
        { enrolmentId },
        { jobId: issueCertificateJobId(enrolmentId, completedAt) },
      );
    }
    return { recorded };
  }
}
