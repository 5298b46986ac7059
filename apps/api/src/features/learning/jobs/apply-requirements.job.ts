import { Processor, WorkerHost } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { QueueName, type JobPayloads } from '../../../core/queue/queues';
import { RequirementsRepository } from '../requirements.repository';

/** Enrols people who newly hold a required position; repeating it enrols nobody twice. */
@Processor(QueueName.Requirements)
export class ApplyRequirementsProcessor extends WorkerHost {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly requirements: RequirementsRepository,
  ) {
    super();
  }

  async process(job: Job<JobPayloads[QueueName.Requirements]>): Promise<{ enrolled: number }> {
    return { enrolled: await this.requirements.apply(this.db, { personIds: job.data.personIds }) };
  }
}
