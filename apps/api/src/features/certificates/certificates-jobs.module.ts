import { Module } from '@nestjs/common';
import { CertificatesRepository } from './certificates.repository';
import { IssueCertificateProcessor } from './jobs/issue-certificate.job';

/** The worker's side of certificates: issuing them when a course is completed. */
@Module({
  providers: [CertificatesRepository, IssueCertificateProcessor],
  exports: [CertificatesRepository],
})
export class CertificatesJobsModule {}
