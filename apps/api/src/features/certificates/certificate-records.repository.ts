import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  foldForSearch,
  type CertificateEventKind,
  type CertificateListQuery,
  type CertificateStatus,
} from '@sen/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { escapeLike, pageClause } from '../../core/database/sql-fragments';
import type { CertificateClaims } from './signing/certificate-claims';
import type { ProducedCertificate } from './certificate-issuer';

/** A certificate as every view shows it. */
export interface CertificateRow {
  id: string;
  code: string;
  holderName: string;
  courseId: string;
  courseTitle: string;
  courseVersion: number;
  issuerName: string;
  issuedAt: Date;
  expiresAt: Date | null;
  status: CertificateStatus;
  revokedAt: Date | null;
  revokedReason: string | null;
  reissueNo: number;
}

export interface MyCertificateRow extends CertificateRow {
  /**
   * When the reminder window opens (expiry − reminder days); null when it never expires, cannot renew, or she has
   * completed the course again since.
   */
  renewableFrom: Date | null;
}

export interface StaffCertificateRow extends CertificateRow {
  personId: string;
  unitId: string;
  unitName: string;
  unitPath: string;
}

export interface CertificateEventRow {
  kind: CertificateEventKind;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  reason: string | null;
  holderNameBefore: string | null;
  holderNameAfter: string | null;
}

/** What a change (revoke, re-issue) reads under the row lock. */
export interface LockedCertificate {
  id: string;
  status: 'valid' | 'revoked';
  holderName: string;
  currentHolderName: string;
  claims: CertificateClaims;
  reissueNo: number;
  courseId: string;
  ownerUnitId: string;
  issuerName: string;
  unitPath: string;
  unitId: string;
}

/** The signed record the public verification checks. */
export interface SignedRecord {
  id: string;
  code: string;
  holderName: string;
  courseTitle: string;
  issuerName: string;
  issuedAt: Date;
  expiresAt: Date | null;
  reissueNo: number;
  status: 'valid' | 'revoked';
  revokedAt: Date | null;
  revokedReason: string | null;
  claims: CertificateClaims;
  signature: string;
  keyId: string;
}

// 'expired' is read from the expiry, never stored: a certificate expires on time whether or not a job ran.
const STATUS_SQL = `CASE WHEN c.status = 'revoked' THEN 'revoked'
                         WHEN c.expires_at IS NOT NULL AND c.expires_at <= now() THEN 'expired'
                         ELSE 'valid' END`;

const CERTIFICATE_COLUMNS = `c.id, c.code, c.holder_name AS "holderName", c.course_id AS "courseId",
  c.course_title AS "courseTitle", (c.claims->'course'->>'version')::int AS "courseVersion",
  c.issuer_name AS "issuerName", c.issued_at AS "issuedAt", c.expires_at AS "expiresAt", ${STATUS_SQL} AS status,
  c.revoked_at AS "revokedAt", c.revoked_reason AS "revokedReason", c.reissue_no AS "reissueNo"`;

// The holder's unit is her current membership: a reviewer sees the certificates of the people in her scope now.
const STAFF_FROM = `FROM certificates c
  JOIN people p ON p.id = c.person_id
  JOIN memberships m ON m.person_id = c.person_id AND m.valid_to IS NULL
  JOIN units u ON u.id = m.unit_id`;
const STAFF_COLUMNS = `${CERTIFICATE_COLUMNS}, c.person_id AS "personId", u.id AS "unitId", u.name AS "unitName",
  u.path AS "unitPath"`;

const SIGNED_COLUMNS = `c.id, c.code, c.holder_name AS "holderName", c.course_title AS "courseTitle",
  c.issuer_name AS "issuerName", c.issued_at AS "issuedAt", c.expires_at AS "expiresAt", c.reissue_no AS "reissueNo",
  c.status, c.revoked_at AS "revokedAt", c.revoked_reason AS "revokedReason", c.claims, c.signature,
  c.key_id AS "keyId"`;

/** Whose an enrolment is and where she belongs now: the scope of a job about it. */
export interface EnrolmentScope {
  enrolmentId: string;
  personId: string;
  personName: string;
  courseId: string;
  courseTitle: string;
  unitId: string;
  unitPath: string;
}

export type CertificateFilter = Omit<CertificateListQuery, 'page' | 'pageSize'>;

/** Reads and lifecycle writes of issued certificates (the issuing itself is `CertificatesRepository`). */
@Injectable()
export class CertificateRecordsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async mine(personId: string): Promise<MyCertificateRow[]> {
    // Once she has completed the course again, this certificate is renewed (or its renewal is being issued):
    // renewing it once more would end that completed enrolment and start the course a third time.
    return this.db.query(
      `SELECT ${CERTIFICATE_COLUMNS},
              CASE WHEN t.validity_months IS NULL OR c.expires_at IS NULL THEN NULL
                   WHEN EXISTS (SELECT 1 FROM enrolments later
                                 WHERE later.person_id = c.person_id AND later.course_id = c.course_id
                                   AND later.completed_at > c.completed_at) THEN NULL
                   ELSE c.expires_at - make_interval(days => t.reminder_days) END AS "renewableFrom"
         FROM certificates c
         LEFT JOIN certificate_templates t ON t.course_id = c.course_id
        WHERE c.person_id = $1
        ORDER BY c.issued_at DESC, c.id`,
      [personId],
    );
  }

  /** Her completions that have no certificate yet: the worker is still issuing them. */
  async pending(personId: string): Promise<{ courseId: string; courseTitle: string; completedAt: Date }[]> {
    return this.db.query(
      `SELECT e.course_id AS "courseId", v.title AS "courseTitle", e.completed_at AS "completedAt"
         FROM enrolments e
         JOIN course_versions v ON v.id = e.version_id
        WHERE e.person_id = $1 AND e.completed_at IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.enrolment_id = e.id AND c.completed_at = e.completed_at)
        ORDER BY e.completed_at DESC`,
      [personId],
    );
  }

  /** Her certificate's file, or null when it is not hers. */
  async ownFile(personId: string, id: string): Promise<{ filePath: string; code: string } | null> {
    const rows: { filePath: string; code: string }[] = await this.db.query(
      `SELECT file_path AS "filePath", code FROM certificates WHERE id = $1 AND person_id = $2`,
      [id, personId],
    );
    return rows[0] ?? null;
  }

  async ownSigned(personId: string, id: string): Promise<SignedRecord | null> {
    const rows: SignedRecord[] = await this.db.query(
      `SELECT ${SIGNED_COLUMNS} FROM certificates c WHERE c.id = $1 AND c.person_id = $2`,
      [id, personId],
    );
    return rows[0] ?? null;
  }

  async page(patterns: string[], query: CertificateListQuery): Promise<{ rows: StaffCertificateRow[]; total: number }> {
    const params: unknown[] = [];
    const where = this.filter(params, patterns, query);
    const count: { total: number }[] = await this.db.query(
      `SELECT count(*)::int AS total ${STAFF_FROM} ${where}`,
      params,
    );
    const rows: StaffCertificateRow[] = await this.db.query(
      `SELECT ${STAFF_COLUMNS} ${STAFF_FROM} ${where} ORDER BY c.issued_at DESC, c.id
       ${pageClause(params, query.page, query.pageSize)}`,
      params,
    );
    return { rows, total: count[0]?.total ?? 0 };
  }

  /** Every matching certificate for an export, at most `limit`. */
  async all(patterns: string[], filter: CertificateFilter, limit: number): Promise<StaffCertificateRow[]> {
    const params: unknown[] = [];
    const where = this.filter(params, patterns, filter);
    params.push(limit);
    return this.db.query(
      `SELECT ${STAFF_COLUMNS} ${STAFF_FROM} ${where} ORDER BY c.issued_at DESC, c.id LIMIT $${params.length}`,
      params,
    );
  }

  async staffRow(id: string): Promise<(StaffCertificateRow & { currentHolderName: string; filePath: string }) | null> {
    const rows: (StaffCertificateRow & { currentHolderName: string; filePath: string })[] = await this.db.query(
      `SELECT ${STAFF_COLUMNS}, p.full_name AS "currentHolderName", c.file_path AS "filePath"
         ${STAFF_FROM}
        WHERE c.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async history(id: string): Promise<CertificateEventRow[]> {
    return this.db.query(
      `SELECT ev.kind, ev.at, ev.actor_user_id AS "actorId", ap.full_name AS "actorName", ev.reason,
              ev.holder_name_before AS "holderNameBefore", ev.holder_name_after AS "holderNameAfter"
         FROM certificate_events ev
         LEFT JOIN users au ON au.id = ev.actor_user_id
         LEFT JOIN people ap ON ap.id = au.person_id
        WHERE ev.certificate_id = $1
        ORDER BY ev.at, ev.id`,
      [id],
    );
  }

  async lock(manager: EntityManager, id: string): Promise<LockedCertificate | null> {
    const rows: LockedCertificate[] = await manager.query(
      `SELECT c.id, c.status, c.holder_name AS "holderName", p.full_name AS "currentHolderName", c.claims,
              c.reissue_no AS "reissueNo", c.course_id AS "courseId", co.owner_unit_id AS "ownerUnitId",
              c.issuer_name AS "issuerName", u.path AS "unitPath", u.id AS "unitId"
         ${STAFF_FROM}
         JOIN courses co ON co.id = c.course_id
        WHERE c.id = $1
        FOR UPDATE OF c`,
      [id],
    );
    return rows[0] ?? null;
  }

  async revoke(manager: EntityManager, id: string, by: { userId: string; reason: string }): Promise<void> {
    await manager.query(
      `WITH revoked AS (
         UPDATE certificates SET status = 'revoked', revoked_at = now(), revoked_reason = $2, revoked_by = $3
          WHERE id = $1 AND status = 'valid'
         RETURNING id, reissue_no, revoked_at
       )
       INSERT INTO certificate_events (certificate_id, kind, at, actor_user_id, reason, reissue_no)
       SELECT id, 'revoked', revoked_at, $3, $2, reissue_no FROM revoked`,
      [id, by.reason, by.userId],
    );
  }

  /** The row takes the new issue; the history keeps the new issue's record and the names before and after. */
  async reissue(
    manager: EntityManager,
    change: {
      id: string;
      claims: CertificateClaims;
      produced: ProducedCertificate;
      holderNameBefore: string;
      userId: string;
      reason: string;
    },
  ): Promise<void> {
    const { claims, produced } = change;
    await manager.query(
      `WITH reissued AS (
         UPDATE certificates SET holder_name = $2, claims = $3, reissue_no = $4, signature = $5, key_id = $6,
                                 file_path = $7, file_sha256 = $8
          WHERE id = $1
         RETURNING id, reissue_no, holder_name, claims, signature, key_id, file_path, file_sha256
       )
       INSERT INTO certificate_events (certificate_id, kind, actor_user_id, reason, reissue_no, holder_name_before,
                                       holder_name_after, claims, signature, key_id, file_path, file_sha256)
       SELECT id, 'reissued', $9, $10, reissue_no, $11, holder_name, claims, signature, key_id, file_path, file_sha256
         FROM reissued`,
      [
        change.id,
        claims.holderName,
        JSON.stringify(claims),
        claims.reissue,
        produced.signature,
        produced.keyId,
        produced.filePath,
        produced.fileSha256,
        change.userId,
        change.reason,
        change.holderNameBefore,
      ],
    );
  }

  /** The certificate a code names, with what was signed. */
  async byCode(code: string): Promise<SignedRecord | null> {
    const rows: SignedRecord[] = await this.db.query(`SELECT ${SIGNED_COLUMNS} FROM certificates c WHERE c.code = $1`, [
      code,
    ]);
    return rows[0] ?? null;
  }

  /**
   * The certificate a PDF file is an issue of, found by the file's SHA-256 among every issue ever made, and
   * whether that file is still the current issue (a re-issue replaces it).
   */
  async byFileHash(sha256: string): Promise<{ record: SignedRecord; current: boolean } | null> {
    const rows: (SignedRecord & { current: boolean })[] = await this.db.query(
      `SELECT ${SIGNED_COLUMNS}, (c.file_sha256 = $1) AS current
         FROM certificate_events ev JOIN certificates c ON c.id = ev.certificate_id
        WHERE ev.file_sha256 = $1
        ORDER BY ev.at DESC LIMIT 1`,
      [sha256],
    );
    const row = rows[0];
    if (!row) return null;
    const { current, ...record } = row;
    return { record, current };
  }

  async enrolmentScopes(enrolmentIds: string[]): Promise<Map<string, EnrolmentScope>> {
    const ids = enrolmentIds.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (ids.length === 0) return new Map();
    const rows: EnrolmentScope[] = await this.db.query(
      `SELECT e.id AS "enrolmentId", p.id AS "personId", p.full_name AS "personName", e.course_id AS "courseId",
              v.title AS "courseTitle", u.id AS "unitId", u.path AS "unitPath"
         FROM enrolments e
         JOIN people p ON p.id = e.person_id
         JOIN course_versions v ON v.id = e.version_id
         JOIN memberships m ON m.person_id = e.person_id AND m.valid_to IS NULL
         JOIN units u ON u.id = m.unit_id
        WHERE e.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.enrolmentId, r]));
  }

  private filter(params: unknown[], patterns: string[], f: CertificateFilter): string {
    params.push(patterns);
    const clauses = [`u.path LIKE ANY($${params.length})`];
    if (f.q) {
      // By name without diacritics (the holder's current name), or by a piece of the code typed without dashes.
      params.push(`%${escapeLike(foldForSearch(f.q))}%`);
      const name = `$${params.length}`;
      params.push(`%${escapeLike(f.q.toUpperCase().replace(/[\s-]/g, ''))}%`);
      clauses.push(`(p.name_search LIKE ${name} OR replace(c.code, '-', '') LIKE $${params.length})`);
    }
    if (f.status) {
      params.push(f.status);
      clauses.push(`${STATUS_SQL} = $${params.length}`);
    }
    if (f.courseId) {
      params.push(f.courseId);
      clauses.push(`c.course_id = $${params.length}`);
    }
    if (f.unitId) {
      params.push(f.unitId);
      clauses.push(`u.path LIKE (SELECT path FROM units WHERE id = $${params.length}) || '%'`);
    }
    if (f.issuedFrom) {
      params.push(f.issuedFrom);
      clauses.push(`c.issued_at >= ($${params.length}::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`);
    }
    if (f.issuedTo) {
      params.push(f.issuedTo);
      clauses.push(`c.issued_at < ($${params.length}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`);
    }
    return `WHERE ${clauses.join(' AND ')}`;
  }
}
