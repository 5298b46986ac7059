import { Inject, Injectable } from '@nestjs/common';
import type { CertificateKeysDocument, Verification, VerifiedCertificate } from '@sen/contracts';
import type Redis from 'ioredis';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { AppError } from '../../core/http/app-error';
import { REDIS } from '../../core/redis/redis.module';
import { PerAddressLimiter } from '../../core/security/per-address-limiter';
import { CertificateIssuer } from './certificate-issuer';
import { CertificateRecordsRepository, type SignedRecord } from './certificate-records.repository';
import { verifyClaims } from './signing/certificate-claims';
import { parseCode } from './signing/certificate-code';
import { certificateKeysDocument, trustedPublicKeys } from './signing/well-known-keys';

/** A certificate PDF is about 60 KB; anything far larger is not one of ours. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Whether the stored record is exactly what was signed, by a key this service publishes. */
function genuine(record: SignedRecord, keys: ReturnType<typeof trustedPublicKeys>): boolean {
  const key = keys.find((k) => k.kid === record.keyId);
  if (!key || !verifyClaims(record.claims, record.signature, key.key)) return false;
  // The columns are copies of the claims for lists and search; one that disagrees was edited after signing.
  const c = record.claims;
  return (
    c.code === record.code &&
    c.holderName === record.holderName &&
    c.course.title === record.courseTitle &&
    c.issuer.unitName === record.issuerName &&
    Date.parse(c.issuedAt) === record.issuedAt.getTime() &&
    (c.expiresAt === null ? record.expiresAt === null : Date.parse(c.expiresAt) === record.expiresAt?.getTime()) &&
    c.reissue === record.reissueNo
  );
}

/**
 * The public check of a certificate, by its code or by its PDF file. It shows what the certificate prints
 * (name, course, issuer, dates) and its status, only once the signature over the stored claims holds.
 */
@Injectable()
export class CertificateVerificationService {
  private readonly limiter: PerAddressLimiter;

  constructor(
    private readonly records: CertificateRecordsRepository,
    private readonly issuer: CertificateIssuer,
    @Inject(REDIS) redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limiter = new PerAddressLimiter(
      redis,
      `${config.redisPrefix}:rl:verify`,
      config.verifyRatePerMinute,
      'certificate checks',
    );
  }

  async byCode(ip: string, typed: string): Promise<Verification> {
    await this.limiter.consume(ip);
    const code = parseCode(typed);
    if (!code) {
      throw AppError.field('VALIDATION_FAILED', 'params.code', 'not a certificate code (check the characters)');
    }
    const record = await this.records.byCode(code);
    if (!record) throw AppError.notFound('Certificate');
    return this.verdict(record, true);
  }

  async byFile(ip: string, file: Readable): Promise<Verification> {
    await this.limiter.consume(ip);
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of file) {
      const bytes = chunk as Buffer;
      size += bytes.length;
      if (size > MAX_FILE_BYTES) {
        file.resume();
        throw AppError.field('PAYLOAD_TOO_LARGE', 'body.file', 'a certificate PDF is far smaller than 5 MB');
      }
      hash.update(bytes);
    }
    const found = await this.records.byFileHash(hash.digest('hex'));
    // Any edit changes the bytes: a file that is no issue of ours is not genuine, whatever it says.
    if (!found) return { verdict: 'not_genuine', certificate: null, superseded: false };
    return this.verdict(found.record, found.current);
  }

  keys(): CertificateKeysDocument {
    return certificateKeysDocument(this.issuer.keys);
  }

  private verdict(record: SignedRecord, current: boolean): Verification {
    if (!genuine(record, trustedPublicKeys(this.issuer.keys))) {
      return { verdict: 'not_genuine', certificate: null, superseded: false };
    }
    const c = record.claims;
    const certificate: VerifiedCertificate = {
      code: c.code,
      holderName: c.holderName,
      courseTitle: c.course.title,
      issuerName: c.issuer.unitName,
      issuedAt: c.issuedAt,
      expiresAt: c.expiresAt,
      revokedAt: record.revokedAt?.toISOString() ?? null,
      revokedReason: record.revokedReason,
      reissueNo: c.reissue,
      keyId: record.keyId,
    };
    const verdict =
      record.status === 'revoked'
        ? 'revoked'
        : c.expiresAt !== null && Date.parse(c.expiresAt) <= Date.now()
          ? 'expired'
          : 'valid';
    return { verdict, certificate, superseded: !current };
  }
}
