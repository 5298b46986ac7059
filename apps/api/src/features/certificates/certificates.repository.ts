import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CertificateClaims } from './signing/certificate-claims';

/** What a certificate for one completed enrolment is made from, read at issue time. */
export interface IssuanceSource {
  enrolmentId: string;
  personId: string;
  courseId: string;
  versionId: string;
  versionNo: number;
  completedAt: Date;
  /** The completion instant exactly as stored (microseconds), so it matches the unique key again. */
  completedAtExact: string;
  holderName: string;
  courseTitle: string;
  issuerUnitId: string;
  issuerName: string;
  /** The issuing unit's current president, who signs; null when the post is vacant. */
  presidentName: string | null;
}

export interface IssuedCertificate {
  id: string;
  code: string;
  enrolmentId: string;
  filePath: string;
}

export interface NewCertificate {
  id: string;
  code: string;
  source: IssuanceSource;
  issuedAt: string;
  claims: CertificateClaims;
  signature: string;
  keyId: string;
  filePath: string;
}

const ISSUED_COLUMNS = `id, code, enrolment_id AS "enrolmentId", file_path AS "filePath"`;

@Injectable()
export class CertificatesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Null unless the enrolment exists and is completed. */
  async issuanceSource(enrolmentId: string): Promise<IssuanceSource | null> {
    const rows: IssuanceSource[] = await this.db.query(
      `SELECT e.id AS "enrolmentId", e.person_id AS "personId", e.course_id AS "courseId", e.version_id AS "versionId",
              v.version_no AS "versionNo", e.completed_at AS "completedAt", e.completed_at::text AS "completedAtExact",
              p.full_name AS "holderName", v.title AS "courseTitle", u.id AS "issuerUnitId", u.name AS "issuerName",
              (SELECT pp.full_name FROM position_assignments pa JOIN people pp ON pp.id = pa.person_id
                WHERE pa.unit_id = u.id AND pa.kind = 'president' AND pa.role = 'holder' AND pa.valid_to IS NULL
                LIMIT 1) AS "presidentName"
         FROM enrolments e
         JOIN people p ON p.id = e.person_id
         JOIN course_versions v ON v.id = e.version_id
         JOIN courses c ON c.id = e.course_id
         JOIN units u ON u.id = c.owner_unit_id
        WHERE e.id = $1 AND e.completed_at IS NOT NULL`,
      [enrolmentId],
    );
    return rows[0] ?? null;
  }

  async findByCompletion(enrolmentId: string, completedAtExact: string): Promise<IssuedCertificate | null> {
    const rows: IssuedCertificate[] = await this.db.query(
      `SELECT ${ISSUED_COLUMNS} FROM certificates WHERE enrolment_id = $1 AND completed_at = $2::timestamptz`,
      [enrolmentId, completedAtExact],
    );
    return rows[0] ?? null;
  }

  /** Null when another run already issued this completion's certificate (the unique key decides). */
  async insert(c: NewCertificate): Promise<IssuedCertificate | null> {
    const s = c.source;
    const rows: IssuedCertificate[] = await this.db.query(
      `INSERT INTO certificates (id, code, enrolment_id, person_id, course_id, version_id, completed_at, holder_name,
                                 course_title, issuer_unit_id, issuer_name, issued_at, expires_at, reissue_no, claims,
                                 signature, key_id, file_path)
       VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
       ON CONFLICT (enrolment_id, completed_at) DO NOTHING
       RETURNING ${ISSUED_COLUMNS}`,
      [
        c.id,
        c.code,
        s.enrolmentId,
        s.personId,
        s.courseId,
        s.versionId,
        s.completedAtExact,
        c.claims.holderName,
        c.claims.course.title,
        s.issuerUnitId,
        c.claims.issuer.unitName,
        c.issuedAt,
        c.claims.expiresAt,
        c.claims.reissue,
        JSON.stringify(c.claims),
        c.signature,
        c.keyId,
        c.filePath,
      ],
    );
    return rows[0] ?? null;
  }
}
