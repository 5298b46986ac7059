import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { MailDeliveryError } from '../../../core/mail/mailer';
import { QueueName, type JobPayloads } from '../../../core/queue/queues';
import { ReportDeliverySender, type SendOutcome } from '../report-delivery-sender';

/**
 * Sends one recipient's copy of a report (job id = delivery id). Transient failures are retried with exponential
 * backoff (DEFAULT_JOB_OPTIONS); a permanent refusal (a 5xx for the address) fails the copy at once. A few copies
 * at a time: each waits on the relay, not on this process.
 */
@Processor(QueueName.ReportDeliveries, { concurrency: 4 })
export class DeliverReportProcessor extends WorkerHost implements BeforeApplicationShutdown {
  private readonly logger = new Logger(DeliverReportProcessor.name);

  constructor(private readonly sender: ReportDeliverySender) {
    super();
  }

  /**
   * Lets the copies being sent finish while the database is still open: Nest closes workers and the connection
   * pool in the same shutdown phase, in no set order, and a copy sent but not recorded would go out again.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }

  /** A job whose lock Redis lost (a flush, a restart): the sweep re-enqueues what the rows say is unsent. */
  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    this.logger.warn(`report delivery worker: ${error.message.split('\n')[0]}`);
  }

  async process(job: Job<JobPayloads[QueueName.ReportDeliveries]>): Promise<SendOutcome> {
    const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    try {
      return await this.sender.send(job.data.deliveryId, finalAttempt);
    } catch (error) {
      // Sending it again cannot help: stop the retries (the copy is already marked failed; an admin may resend).
      if (error instanceof MailDeliveryError && error.permanent) throw new UnrecoverableError(error.message);
      throw error;
    }
  }
}
