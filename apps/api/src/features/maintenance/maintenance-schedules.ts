import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QueueName, type JobPayloads } from '../../core/queue/queues';

/** Upserted at every worker start, so a flushed Redis gets its schedule back. */
@Injectable()
export class MaintenanceSchedules implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.Maintenance) private readonly queue: Queue<JobPayloads[QueueName.Maintenance]>) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      'purge-expired-sessions',
      { every: 15 * 60_000 },
      { name: 'purge-expired-sessions', data: { task: 'purge-expired-sessions' } },
    );
  }
}
