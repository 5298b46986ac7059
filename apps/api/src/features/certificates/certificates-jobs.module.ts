import { Module } from '@nestjs/common';
import { UploadStorage } from '../uploads/upload-storage';
import { CertificateIssuer } from './certificate-issuer';
import { CertificatesRepository } from './certificates.repository';
import { IssueCertificateProcessor } from './jobs/issue-certificate.job';

/** The worker's side of certificates: issuing them when a course is completed. */
@Module({
  providers: [CertificatesRepository, CertificateIssuer, UploadStorage, IssueCertificateProcessor],
  exports: [CertificatesRepository, CertificateIssuer],
})
export class CertificatesJobsModule {}
