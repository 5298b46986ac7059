import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../../../core/config/app-config';
import { QueueName, type JobPayloads } from '../../../core/queue/queues';
import { CertificatesRepository, type IssuedCertificate } from '../certificates.repository';
import { renderCertificate, type CertificateTemplate } from '../pdf';
import { signClaims, type CertificateClaims } from '../signing/certificate-claims';
import { generateCode } from '../signing/certificate-code';
import { certificateKeyRing, type CertificateKeyRing } from '../signing/ed25519-keys';

// Until courses carry their own template: Sen's colours, no logo, signed by the issuing unit's president.
const DEFAULT_SIGNATORY_TITLE = 'Chủ tịch';
const DEFAULT_PRIMARY_COLOUR = '#C2185B';
const DEFAULT_ACCENT_COLOUR = '#B8860B';

/** The claims' instant form: UTC, whole seconds, no fraction. */
function instant(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Issues the certificate of a completed enrolment exactly once. A repeated or concurrent job finds the stored
 * certificate, or loses the insert race on the unique (enrolment, completion) and removes the file it wrote;
 * a file is in place (renamed atomically) before its row exists, so a row never points at nothing.
 */
@Processor(QueueName.IssueCertificate)
export class IssueCertificateProcessor extends WorkerHost {
  private readonly logger = new Logger(IssueCertificateProcessor.name);
  private readonly keys: CertificateKeyRing;
  private readonly root: string;

  constructor(
    private readonly certificates: CertificatesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
    this.keys = certificateKeyRing(config);
    this.root = resolve(config.uploadDir);
  }

  async process(job: Job<JobPayloads[QueueName.IssueCertificate]>): Promise<IssuedCertificate | null> {
    const { enrolmentId } = job.data;
    const source = await this.certificates.issuanceSource(enrolmentId);
    if (!source) {
      this.logger.log({ enrolmentId }, 'certificate not issued: enrolment not completed');
      return null;
    }
    const existing = await this.certificates.findByCompletion(enrolmentId, source.completedAtExact);
    if (existing) return existing;

    const id = randomUUID();
    const code = generateCode();
    const issuedAt = instant(new Date());
    const claims: CertificateClaims = {
      code,
      holderName: source.holderName.normalize('NFC'),
      course: { id: source.courseId, title: source.courseTitle.normalize('NFC'), version: source.versionNo },
      issuer: { unitId: source.issuerUnitId, unitName: source.issuerName.normalize('NFC') },
      issuedAt,
      expiresAt: null,
      reissue: 0,
    };
    const signature = signClaims(claims, this.keys.current.privateKey);
    const template: CertificateTemplate = {
      logo: null,
      signatoryName: source.presidentName ?? source.issuerName,
      signatoryTitle: DEFAULT_SIGNATORY_TITLE,
      primaryColour: DEFAULT_PRIMARY_COLOUR,
      accentColour: DEFAULT_ACCENT_COLOUR,
    };
    const pdf = await renderCertificate(
      {
        holderName: claims.holderName,
        courseTitle: claims.course.title,
        issuerName: claims.issuer.unitName,
        issuedAt: new Date(issuedAt),
        expiresAt: null,
        shortCode: code,
        verificationUrl: `${this.config.publicUrl.replace(/\/+$/, '')}/verify/${code}`,
      },
      template,
    );
    const filePath = `certificates/${id}.pdf`;
    const absolute = join(this.root, filePath);
    await this.writeAtomically(absolute, pdf);

    let issued: IssuedCertificate | null;
    try {
      issued = await this.certificates.insert({
        id,
        code,
        source,
        issuedAt,
        claims,
        signature,
        keyId: this.keys.current.publicKey.kid,
        filePath,
      });
    } catch (error) {
      await rm(absolute, { force: true });
      throw error;
    }
    if (issued) {
      this.logger.log({ enrolmentId, certificateId: id }, 'certificate issued');
      return issued;
    }
    // A concurrent run issued it first: keep its certificate, drop this run's file.
    await rm(absolute, { force: true });
    return this.certificates.findByCompletion(enrolmentId, source.completedAtExact);
  }

  /** Readers see the whole file or none: written beside its place, then renamed over it. */
  private async writeAtomically(path: string, bytes: Buffer): Promise<void> {
    const dir = join(this.root, 'certificates');
    await mkdir(dir, { recursive: true });
    const temp = join(dir, `.${randomUUID()}.tmp`);
    try {
      await writeFile(temp, bytes, { flag: 'wx' });
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }
}
