import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module';
import { LearningModule } from '../learning/learning.module';
import { UploadStorage } from '../uploads/upload-storage';
import { CertificateIssuer } from './certificate-issuer';
import { CertificateJobsService } from './certificate-jobs.service';
import { CertificateRecordsRepository } from './certificate-records.repository';
import { CertificateTemplatesRepository } from './certificate-templates.repository';
import { CertificateTemplatesService } from './certificate-templates.service';
import { CertificateVerificationService } from './certificate-verification.service';
import { CertificatesController } from './certificates.controller';
import { CertificatesService } from './certificates.service';
import { VerificationController } from './verification.controller';

/** The API's side of certificates: her own, staff views and changes, templates, and public verification. */
@Module({
  imports: [CoursesModule, LearningModule],
  controllers: [CertificatesController, VerificationController],
  providers: [
    CertificateIssuer,
    UploadStorage,
    CertificateRecordsRepository,
    CertificateTemplatesRepository,
    CertificatesService,
    CertificateTemplatesService,
    CertificateJobsService,
    CertificateVerificationService,
  ],
})
export class CertificatesModule {}
