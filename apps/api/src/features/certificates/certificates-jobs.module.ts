import { Module } from '@nestjs/common';
import { MailModule } from '../../core/mail/mail.module';
import { UploadStorage } from '../uploads/upload-storage';
import { CertificateIssuer } from './certificate-issuer';
import { CertificateRemindersRepository } from './certificate-reminders.repository';
import { CertificateRemindersService } from './certificate-reminders.service';
import { CertificatesRepository } from './certificates.repository';
import { IssueCertificateProcessor } from './jobs/issue-certificate.job';
import {
  CertificateReminderSchedule,
  RemindExpiringCertificatesProcessor,
} from './jobs/remind-expiring-certificates.job';

/** The worker's side of certificates: issuing them when a course is completed, reminding before they expire. */
@Module({
  imports: [MailModule],
  providers: [
    CertificatesRepository,
    CertificateIssuer,
    UploadStorage,
    IssueCertificateProcessor,
    CertificateRemindersRepository,
    CertificateRemindersService,
    RemindExpiringCertificatesProcessor,
    CertificateReminderSchedule,
  ],
  exports: [CertificatesRepository, CertificateIssuer],
})
export class CertificatesJobsModule {}
