import type { Job } from 'bullmq';
import { join, resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../core/config/app-config';
import type { JobPayloads, QueueName } from '../../core/queue/queues';
import { CertificateIssuer } from '../../features/certificates/certificate-issuer';
import { CertificatesRepository } from '../../features/certificates/certificates.repository';
import { IssueCertificateProcessor } from '../../features/certificates/jobs/issue-certificate.job';
import { UploadStorage } from '../../features/uploads/upload-storage';
import { DEMO_ACCOUNTS } from './demo-ids';

/**
 * The demo trainee's certificates, issued at setup by the worker's own processor, so a fresh `npm start`
 * has a sample PDF at once instead of after the worker's next sweep. Idempotent: an issued completion is
 * left alone (the worker's later announcement finds it issued, too). Returns the files' paths.
 */
export async function issueDemoCertificates(db: DataSource, config: AppConfig): Promise<string[]> {
  const completions: { id: string }[] = await db.query(
    `SELECT e.id FROM enrolments e
      WHERE e.person_id = $1 AND e.completed_at IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.enrolment_id = e.id AND c.completed_at = e.completed_at)`,
    [DEMO_ACCOUNTS.trainee.personId],
  );
  const processor = new IssueCertificateProcessor(
    new CertificatesRepository(db),
    new CertificateIssuer(config, new UploadStorage(config)),
  );
  const files: string[] = [];
  for (const { id } of completions) {
    const issued = await processor.process({
      id: `setup-${id}`,
      data: { enrolmentId: id },
    } as Job<JobPayloads[QueueName.IssueCertificate]>);
    if (issued) files.push(join(resolve(config.uploadDir), issued.filePath));
  }
  return files;
}
