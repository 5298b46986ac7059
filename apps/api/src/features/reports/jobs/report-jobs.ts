import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QueueName, type JobPayloads } from '../../../core/queue/queues';

type RunQueue = Queue<JobPayloads[QueueName.ReportRuns]>;
type DeliveryQueue = Queue<JobPayloads[QueueName.ReportDeliveries]>;

/** A report's run is one job at a time; so is a delivery, whose job id is the delivery's id. */
export function reportRunJobId(reportId: string): string {
  return `report-run-${reportId}`;
}

/**
 * Adds jobs by deterministic id so that a job already waiting, delayed for a retry or running is not doubled. A
 * finished job kept under the same id (BullMQ would silently ignore the new one) is removed first: asking again
 * means doing again, and the processors decide from PostgreSQL whether anything is left to do.
 */
async function addFresh<T extends object>(
  queue: Queue<T>,
  jobs: readonly { name: string; data: T; jobId: string }[],
): Promise<number> {
  const fresh: { name: string; data: T; opts: { jobId: string } }[] = [];
  for (const job of jobs) {
    const existing = await queue.getJob(job.jobId);
    if (existing) {
      const state = await existing.getState();
      if (state !== 'completed' && state !== 'failed' && state !== 'unknown') continue;
      // A job locked by a worker cannot be removed: it is running, which is what we want anyway.
      if (
        !(await existing.remove().then(
          () => true,
          () => false,
        ))
      )
        continue;
    }
    fresh.push({ name: job.name, data: job.data, opts: { jobId: job.jobId } });
  }
  if (fresh.length > 0) await queue.addBulk(fresh as Parameters<Queue<T>['addBulk']>[0]);
  return fresh.length;
}

/** Enqueues report runs and deliveries; shared by the API (run now, resend) and the worker (fan-out, recovery). */
@Injectable()
export class ReportJobs {
  constructor(
    @InjectQueue(QueueName.ReportRuns) private readonly runs: RunQueue,
    @InjectQueue(QueueName.ReportDeliveries) private readonly deliveries: DeliveryQueue,
  ) {}

  async run(reports: readonly { reportId: string; scheduleId: string; periodKey: string }[]): Promise<number> {
    return addFresh(
      this.runs,
      reports.map((r) => ({
        name: 'run-report',
        data: { scheduleId: r.scheduleId, periodKey: r.periodKey },
        jobId: reportRunJobId(r.reportId),
      })),
    );
  }

  async deliver(deliveryIds: readonly string[]): Promise<number> {
    return addFresh(
      this.deliveries,
      deliveryIds.map((deliveryId) => ({ name: 'deliver-report', data: { deliveryId }, jobId: deliveryId })),
    );
  }
}
