import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { TIME_ZONE } from '@sen/contracts';
import type { Job, Queue } from 'bullmq';
import { QueueName, type JobPayloads } from '../../../core/queue/queues';
import { CertificateRemindersService, type ReminderSweepResult } from '../certificate-reminders.service';

export const REMINDER_SCHEDULER_ID = 'remind-expiring-certificates';
/** Every morning in Vietnam, so the mail is among the first of her day. */
export const REMINDER_PATTERN = '0 8 * * *';

type ReminderQueue = Queue<JobPayloads[QueueName.CertificateReminders]>;

/**
 * The daily expiry-reminder sweep, on a queue of its own rather than as a maintenance task: the maintenance
 * worker runs its tasks one at a time, and a sweep waiting on a slow or dead mail relay must not hold back
 * session purging or lost completion announcements; its retry policy (backoff over hours) differs too.
 * A failed sweep has recorded only the reminders that were sent, so a retry sends the rest.
 */
@Processor(QueueName.CertificateReminders)
export class RemindExpiringCertificatesProcessor extends WorkerHost {
  constructor(private readonly reminders: CertificateRemindersService) {
    super();
  }

  async process(_job: Job<JobPayloads[QueueName.CertificateReminders]>): Promise<ReminderSweepResult> {
    return this.reminders.sweep(new Date());
  }
}

/** Upserted at every worker start, so a flushed Redis gets its schedule back. */
@Injectable()
export class CertificateReminderSchedule implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.CertificateReminders) private readonly queue: ReminderQueue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      REMINDER_SCHEDULER_ID,
      { pattern: REMINDER_PATTERN, tz: TIME_ZONE },
      {
        name: REMINDER_SCHEDULER_ID,
        data: {},
        // Retries at 1, 2, 4 … 64 minutes ride out a relay outage of about two hours; after that, tomorrow's sweep.
        opts: { attempts: 8, backoff: { type: 'exponential', delay: 60_000 } },
      },
    );
  }
}
