import { getQueueToken } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import { Worker } from 'bullmq';
import { QueueName, type JobPayloads } from '../../src/core/queue/queues';
import { CertificateIssuer } from '../../src/features/certificates/certificate-issuer';
import { CertificatesRepository } from '../../src/features/certificates/certificates.repository';
import { IssueCertificateProcessor } from '../../src/features/certificates/jobs/issue-certificate.job';
import type { Fixtures } from './fixtures';
import type { TestApp } from './test-app';

export interface IssuedFixture {
  id: string;
  code: string;
  enrolmentId: string;
  personId: string;
  courseId: string;
  filePath: string;
}

type IssueQueue = Queue<JobPayloads[QueueName.IssueCertificate]>;

/**
 * Certificates issued by the real processor (the API app's issuer: its key and upload folder), so files,
 * signatures and history are exactly what the worker makes.
 */
export class CertificateFixtures {
  private readonly processor: IssueCertificateProcessor;

  constructor(
    private readonly t: TestApp,
    private readonly fx: Fixtures,
  ) {
    this.processor = new IssueCertificateProcessor(new CertificatesRepository(t.db), t.app.get(CertificateIssuer));
  }

  /** A completed enrolment of a person (new, in `unitId`, unless given) in a new course owned by `unitId`. */
  async completion(
    unitId: string,
    options: { personId?: string; courseTitle?: string; validityMonths?: number } = {},
  ): Promise<{ enrolmentId: string; personId: string; courseId: string }> {
    const personId = options.personId ?? (await this.fx.person(unitId));
    const course = await this.fx.course(unitId, { published: true });
    if (options.courseTitle) {
      await this.t.db.query(`UPDATE course_versions SET title = $2 WHERE id = $1`, [
        course.versionId,
        options.courseTitle,
      ]);
    }
    if (options.validityMonths) {
      await this.t.db.query(
        `INSERT INTO certificate_templates (course_id, signatory_title, primary_colour, accent_colour, validity_months)
         VALUES ($1, 'Chủ tịch', '#C2185B', '#B8860B', $2)`,
        [course.courseId, options.validityMonths],
      );
    }
    const enrolmentId = await this.fx.enrolment(personId, course);
    await this.t.db.query(`UPDATE enrolments SET started_at = now(), completed_at = now() WHERE id = $1`, [
      enrolmentId,
    ]);
    return { enrolmentId, personId, courseId: course.courseId };
  }

  async issued(
    unitId: string,
    options: { personId?: string; courseTitle?: string; validityMonths?: number } = {},
  ): Promise<IssuedFixture> {
    const completion = await this.completion(unitId, options);
    return { ...completion, ...(await this.issue(completion.enrolmentId)) };
  }

  /** Runs the real processor for a completed enrolment, as the worker would for its job. */
  async issue(enrolmentId: string): Promise<{ id: string; code: string; filePath: string }> {
    const issued = await this.processor.process({
      id: `fixture-${enrolmentId}`,
      data: { enrolmentId },
    } as Job<JobPayloads[QueueName.IssueCertificate]>);
    if (!issued) throw new Error(`enrolment ${enrolmentId} was not issued a certificate (is it completed?)`);
    return { id: issued.id, code: issued.code, filePath: issued.filePath };
  }

  /** An issue-certificate job that failed its only attempt (a real BullMQ worker ran it and threw). */
  async failedJob(enrolmentId: string, reason = 'disk full'): Promise<string> {
    const queue = this.t.app.get<IssueQueue>(getQueueToken(QueueName.IssueCertificate));
    const worker = new Worker(
      queue.name,
      () => {
        throw new Error(reason);
      },
      { connection: queue.opts.connection, prefix: queue.opts.prefix, autorun: false },
    );
    const job = await queue.add('issue-certificate', { enrolmentId }, { attempts: 1 });
    // Earlier jobs retried by a test wait in the queue too: this worker fails them again, and waits for its own.
    const failed = new Promise<void>((resolve) =>
      worker.on('failed', (done) => {
        if (done?.id === job.id) resolve();
      }),
    );
    void worker.run();
    await failed;
    await worker.close();
    return job.id!;
  }
}
