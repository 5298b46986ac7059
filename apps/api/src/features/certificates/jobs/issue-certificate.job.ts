import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { QueueName, type JobPayloads } from '../../../core/queue/queues';
import { addMonthsInVietnam, CertificateIssuer, instant } from '../certificate-issuer';
import { CertificatesRepository, type IssuedCertificate } from '../certificates.repository';
import { type CertificateClaims } from '../signing/certificate-claims';
import { generateCode } from '../signing/certificate-code';

/**
 * Issues the certificate of a completed enrolment exactly once. A repeated or concurrent job finds the stored
 * certificate, or loses the insert race on the unique (enrolment, completion) and removes the file it wrote;
 * a file is in place before its row exists, so a row never points at nothing.
 *
 * Four jobs at a time per worker process: one's database round trips and file write overlap another's rendering,
 * and PostgreSQL commits them in groups (certificate-queue bench, 2 cores: 208/s at 1, 235–253/s at 2, 270–301/s
 * at 4 to 8; docs/benchmarks.md).
 */
@Processor(QueueName.IssueCertificate, { concurrency: 4 })
export class IssueCertificateProcessor extends WorkerHost {
  private readonly logger = new Logger(IssueCertificateProcessor.name);

  constructor(
    private readonly certificates: CertificatesRepository,
    private readonly issuer: CertificateIssuer,
  ) {
    super();
  }

  async process(job: Job<JobPayloads[QueueName.IssueCertificate]>): Promise<IssuedCertificate | null> {
    const { enrolmentId } = job.data;
    const source = await this.certificates.issuanceSource(enrolmentId);
    if (!source) {
      this.logger.log({ enrolmentId }, 'certificate not issued: enrolment not completed');
      return null;
    }
    if (source.issued) return source.issued;

    const issuedAt = new Date(instant(new Date()));
    const claims: CertificateClaims = {
      code: generateCode(),
      holderName: source.holderName.normalize('NFC'),
      course: { id: source.courseId, title: source.courseTitle.normalize('NFC'), version: source.versionNo },
      issuer: { unitId: source.issuerUnitId, unitName: source.issuerName.normalize('NFC') },
      issuedAt: instant(issuedAt),
      expiresAt: source.validityMonths ? instant(addMonthsInVietnam(issuedAt, source.validityMonths)) : null,
      reissue: 0,
    };
    const template = await this.issuer.template(source.template, source.presidentName ?? source.issuerName);
    const produced = await this.issuer.produce(claims, template);

    let issued: IssuedCertificate | null;
    try {
      issued = await this.certificates.insert({ id: randomUUID(), source, claims, produced });
    } catch (error) {
      await this.issuer.discard(produced.filePath);
      throw error;
    }
    if (issued) {
      this.logger.log({ enrolmentId, certificateId: issued.id }, 'certificate issued');
      return issued;
    }
    // A concurrent run issued it first: keep its certificate, drop this run's file.
    await this.issuer.discard(produced.filePath);
    return this.certificates.findByCompletion(enrolmentId, source.completedAtExact);
  }
}
