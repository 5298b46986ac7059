import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QueueName, type JobPayloads, type MaintenanceTask } from '../../core/queue/queues';

const EVERY: Record<MaintenanceTask, number> = {
  'purge-expired-sessions': 15 * 60_000,
  'announce-unrecorded-completions': 5 * 60_000,
  'apply-requirements': 15 * 60_000,
  // Brings back report schedulers lost with a Redis flushed while the worker runs.
  'sync-report-schedules': 5 * 60_000,
  'resume-report-deliveries': 5 * 60_000,
};

/** Upserted at every worker start, so a flushed Redis gets its schedules back. */
@Injectable()
export class MaintenanceSchedules implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.Maintenance) private readonly queue: Queue<JobPayloads[QueueName.Maintenance]>) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const [task, every] of Object.entries(EVERY) as [MaintenanceTask, number][]) {
      await this.queue.upsertJobScheduler(task, { every }, { name: task, data: { task } });
    }
  }
}
