import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../../core/database/prepared-query';
import type { ProducedCertificate, StoredTemplate } from './certificate-issuer';
import type { CertificateClaims } from './signing/certificate-claims';

export interface IssuedCertificate {
  id: string;
  code: string;
  enrolmentId: string;
  filePath: string;
}

/** What a certificate for one completed enrolment is made from, read at issue time. */
export interface IssuanceSource {
  enrolmentId: string;
  personId: string;
  courseId: string;
  versionId: string;
  versionNo: number;
  /** The completion instant exactly as stored (microseconds), so it matches the unique key again. */
  completedAtExact: string;
  holderName: string;
  courseTitle: string;
  issuerUnitId: string;
  issuerName: string;
  /** The issuing unit's current president, who signs unless the template names someone; null when vacant. */
  presidentName: string | null;
  /** The course's template, null when none was chosen. */
  template: StoredTemplate | null;
  validityMonths: number | null;
  /** This completion's certificate when it exists already (a repeated job). */
  issued: IssuedCertificate | null;
}

export interface NewCertificate {
  id: string;
  source: IssuanceSource;
  claims: CertificateClaims;
  produced: ProducedCertificate;
}

const ISSUED_COLUMNS = `id, code, enrolment_id AS "enrolmentId", file_path AS "filePath"`;

/** The president of a unit now, by the alias of its `units` row: who signs when a template names nobody. */
export function presidentOf(unitAlias: string): string {
  return `(SELECT pp.full_name FROM position_assignments pa JOIN people pp ON pp.id = pa.person_id
            WHERE pa.unit_id = ${unitAlias}.id AND pa.kind = 'president' AND pa.role = 'holder' AND pa.valid_to IS NULL
            LIMIT 1)`;
}

/** The worker's reads and writes for issuing: one round trip to read, one to write, so the queue keeps pace. */
@Injectable()
export class CertificatesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Null unless the enrolment exists and is completed. A prepared statement: planning this seven-table read
   * costs PostgreSQL about ten times what running it does, once per certificate (docs/benchmarks.md).
   */
  async issuanceSource(enrolmentId: string): Promise<IssuanceSource | null> {
    const rows = await preparedQuery<IssuanceSource>(
      this.db.manager,
      {
        name: 'certificate-issuance-source',
        text: `SELECT e.id AS "enrolmentId", e.person_id AS "personId", e.course_id AS "courseId", e.version_id AS "versionId",
              v.version_no AS "versionNo", e.completed_at::text AS "completedAtExact",
              p.full_name AS "holderName", v.title AS "courseTitle", u.id AS "issuerUnitId", u.name AS "issuerName",
              ${presidentOf('u')} AS "presidentName",
              CASE WHEN t.course_id IS NULL THEN NULL ELSE json_build_object(
                'logoStorageKey', up.storage_key, 'signatoryName', t.signatory_name, 'signatoryTitle', t.signatory_title,
                'primaryColour', t.primary_colour, 'accentColour', t.accent_colour) END AS template,
              t.validity_months AS "validityMonths",
              (SELECT json_build_object('id', c2.id, 'code', c2.code, 'enrolmentId', c2.enrolment_id, 'filePath', c2.file_path)
                 FROM certificates c2 WHERE c2.enrolment_id = e.id AND c2.completed_at = e.completed_at) AS issued
         FROM enrolments e
         JOIN people p ON p.id = e.person_id
         JOIN course_versions v ON v.id = e.version_id
         JOIN courses c ON c.id = e.course_id
         JOIN units u ON u.id = c.owner_unit_id
         LEFT JOIN certificate_templates t ON t.course_id = c.id
         LEFT JOIN uploads up ON up.id = t.logo_upload_id
        WHERE e.id = $1 AND e.completed_at IS NOT NULL`,
      },
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

  /**
   * The certificate and its 'issued' history entry in one statement. Null when another run already issued
   * this completion's certificate (the unique key decides).
   */
  async insert(c: NewCertificate): Promise<IssuedCertificate | null> {
    const s = c.source;
    // Prepared, like the read: the queue runs this once per certificate.
    const rows = await preparedQuery<IssuedCertificate>(
      this.db.manager,
      {
        name: 'certificate-insert',
        text: `WITH issued AS (
         INSERT INTO certificates (id, code, enrolment_id, person_id, course_id, version_id, completed_at, holder_name,
                                   course_title, issuer_unit_id, issuer_name, issued_at, expires_at, reissue_no, claims,
                                   signature, key_id, file_path, file_sha256)
         VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
         ON CONFLICT (enrolment_id, completed_at) DO NOTHING
         RETURNING *
       ), history AS (
         INSERT INTO certificate_events (certificate_id, kind, at, reissue_no, holder_name_after, claims, signature,
                                         key_id, file_path, file_sha256)
         SELECT id, 'issued', issued_at, reissue_no, holder_name, claims, signature, key_id, file_path, file_sha256
           FROM issued
       )
       SELECT ${ISSUED_COLUMNS} FROM issued`,
      },
      [
        c.id,
        c.claims.code,
        s.enrolmentId,
        s.personId,
        s.courseId,
        s.versionId,
        s.completedAtExact,
        c.claims.holderName,
        c.claims.course.title,
        s.issuerUnitId,
        c.claims.issuer.unitName,
        c.claims.issuedAt,
        c.claims.expiresAt,
        c.claims.reissue,
        JSON.stringify(c.claims),
        c.produced.signature,
        c.produced.keyId,
        c.produced.filePath,
        c.produced.fileSha256,
      ],
    );
    return rows[0] ?? null;
  }
}
