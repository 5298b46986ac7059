import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FailedCertificateJob, FailedCertificateJobs, Role } from '@sen/contracts';
import type { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import type { Actor, AuthenticatedContext } from '../../core/access/actor';
import { covers } from '../../core/access/scope';
import { AuditWriter } from '../../core/audit/audit-writer';
import { AppError } from '../../core/http/app-error';
import { QueueName, type JobPayloads } from '../../core/queue/queues';
import { CertificateRecordsRepository } from './certificate-records.repository';

const ADMIN: readonly Role[] = ['admin'];
/** Failed jobs are kept 14 days (DEFAULT_JOB_OPTIONS); an admin page lists the newest of them. */
const LISTED = 500;

type IssueJob = Job<JobPayloads[QueueName.IssueCertificate]>;

/** Certificate jobs that used up their retries: listed for the admins of the holder's unit, and run again. */
@Injectable()
export class CertificateJobsService {
  constructor(
    @InjectQueue(QueueName.IssueCertificate) private readonly queue: Queue<JobPayloads[QueueName.IssueCertificate]>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly records: CertificateRecordsRepository,
    private readonly audit: AuditWriter,
  ) {}

  async failed(actor: Actor): Promise<FailedCertificateJobs> {
    const jobs = (await this.queue.getFailed(0, LISTED - 1)).filter((j): j is IssueJob => Boolean(j?.id));
    const scopes = await this.records.enrolmentScopes(jobs.map((j) => j.data.enrolmentId));
    const items: FailedCertificateJob[] = [];
    for (const job of jobs) {
      const scope = scopes.get(job.data.enrolmentId);
      // Listed to the admins of the holder's unit; a job whose enrolment is gone concerns nobody any more.
      if (!scope || !covers(actor, ADMIN, scope.unitPath)) continue;
      items.push({
        jobId: job.id!,
        enrolmentId: job.data.enrolmentId,
        person: scope ? { id: scope.personId, name: scope.personName } : null,
        course: scope ? { id: scope.courseId, name: scope.courseTitle } : null,
        failedAt: new Date(job.finishedOn ?? job.timestamp).toISOString(),
        attempts: job.attemptsMade,
        // The message only: a stack names files and lines of the server.
        reason: (job.failedReason || 'unknown error').split('\n')[0]!.slice(0, 500),
      });
    }
    return { items };
  }

  async retry(ctx: AuthenticatedContext, jobId: string): Promise<void> {
    const job = (await this.queue.getJob(jobId)) as IssueJob | undefined;
    const scope = job && (await this.records.enrolmentScopes([job.data.enrolmentId])).get(job.data.enrolmentId);
    if (!job || !scope || !covers(ctx.actor, ADMIN, scope.unitPath)) throw AppError.notFound('Job');
    if ((await job.getState()) !== 'failed') throw new AppError('JOB_NOT_FAILED', 'Only a failed job can be retried');
    await job.retry('failed');
    await this.audit.record(this.db.manager, ctx, {
      action: 'certificate.retry-job',
      targetType: 'job',
      targetId: null,
      unitId: scope.unitId,
      details: { jobId, enrolmentId: scope.enrolmentId },
    });
  }
}
