import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { QueueName, type JobPayloads } from '../../core/queue/queues';
import { SessionsRepository } from '../auth/sessions.repository';

/** Deletes sessions past their idle or absolute expiry; harmless to repeat. */
@Processor(QueueName.Maintenance)
export class MaintenanceProcessor extends WorkerHost {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    private readonly sessions: SessionsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async process(job: Job<JobPayloads[QueueName.Maintenance]>): Promise<{ purged: number }> {
    switch (job.data.task) {
      case 'purge-expired-sessions': {
        const purged = await this.sessions.purgeExpired(new Date(), this.config.sessionIdleMs);
        this.logger.log({ purged }, 'expired sessions purged');
        return { purged };
      }
    }
  }
}
