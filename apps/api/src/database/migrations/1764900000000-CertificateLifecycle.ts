import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What certificates need after their first issue: a template and a validity per course, the history of each
 * certificate (issue, re-issues with the file and signature each had, revocation, expiry reminder), the hash
 * of the PDF as issued (so an uploaded file is checked byte for byte), and enrolments that renew a certificate.
 */
export class CertificateLifecycle1764900000000 implements MigrationInterface {
  name = 'CertificateLifecycle1764900000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE certificate_templates (
        course_id uuid NOT NULL,
        logo_upload_id uuid,
        signatory_name text,
        signatory_title text NOT NULL,
        primary_colour text NOT NULL,
        accent_colour text NOT NULL,
        validity_months integer,
        reminder_days integer NOT NULL DEFAULT 30,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid,
        CONSTRAINT pk_certificate_templates PRIMARY KEY (course_id),
        CONSTRAINT fk_certificate_templates_course FOREIGN KEY (course_id) REFERENCES courses(id),
        CONSTRAINT fk_certificate_templates_logo FOREIGN KEY (logo_upload_id) REFERENCES uploads(id),
        CONSTRAINT fk_certificate_templates_updated_by FOREIGN KEY (updated_by) REFERENCES users(id),
        CONSTRAINT ck_certificate_templates_colours
          CHECK (primary_colour ~ '^#[0-9A-F]{6}$' AND accent_colour ~ '^#[0-9A-F]{6}$'),
        CONSTRAINT ck_certificate_templates_validity CHECK (validity_months BETWEEN 1 AND 120),
        CONSTRAINT ck_certificate_templates_reminder CHECK (reminder_days BETWEEN 1 AND 180)
      )`);

    await q.query(`ALTER TABLE certificates ADD COLUMN file_sha256 text`);
    await q.query(`
      CREATE TABLE certificate_events (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        certificate_id uuid NOT NULL,
        kind text NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid,
        reason text,
        reissue_no integer NOT NULL,
        holder_name_before text,
        holder_name_after text,
        claims jsonb,
        signature text,
        key_id text,
        file_path text,
        file_sha256 text,
        CONSTRAINT pk_certificate_events PRIMARY KEY (id),
        CONSTRAINT fk_certificate_events_certificate FOREIGN KEY (certificate_id) REFERENCES certificates(id),
        CONSTRAINT fk_certificate_events_actor FOREIGN KEY (actor_user_id) REFERENCES users(id),
        CONSTRAINT ck_certificate_events_kind CHECK (kind IN ('issued', 'reissued', 'revoked', 'reminded')),
        -- An issue or re-issue records exactly what was issued, so an earlier file or signature stays checkable.
        CONSTRAINT ck_certificate_events_issue CHECK (
          (kind IN ('issued', 'reissued')) = (claims IS NOT NULL AND signature IS NOT NULL AND file_path IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX ix_certificate_events_certificate ON certificate_events (certificate_id, at)`);
    await q.query(
      `CREATE INDEX ix_certificate_events_file ON certificate_events (file_sha256) WHERE file_sha256 IS NOT NULL`,
    );
    // One reminder per certificate, however many sweeps or workers run: the constraint decides, not a flag.
    await q.query(
      `CREATE UNIQUE INDEX uq_certificate_events_reminded ON certificate_events (certificate_id) WHERE kind = 'reminded'`,
    );
    await q.query(`
      INSERT INTO certificate_events (certificate_id, kind, at, reissue_no, holder_name_after, claims, signature, key_id, file_path)
      SELECT id, 'issued', issued_at, reissue_no, holder_name, claims, signature, key_id, file_path FROM certificates`);
    await q.query(`CREATE INDEX ix_certificates_expiry ON certificates (expires_at) WHERE status = 'valid'`);

    await q.query(`ALTER TABLE enrolments DROP CONSTRAINT ck_enrolments_source`);
    await q.query(`
      ALTER TABLE enrolments ADD CONSTRAINT ck_enrolments_source
        CHECK (source IN ('self', 'manual', 'unit', 'position', 'requirement', 'recertification'))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE enrolments SET source = 'self' WHERE source = 'recertification'`);
    await q.query(`ALTER TABLE enrolments DROP CONSTRAINT ck_enrolments_source`);
    await q.query(`
      ALTER TABLE enrolments ADD CONSTRAINT ck_enrolments_source
        CHECK (source IN ('self', 'manual', 'unit', 'position', 'requirement'))`);
    await q.query(`DROP INDEX ix_certificates_expiry`);
    await q.query(`DROP TABLE certificate_events`);
    await q.query(`ALTER TABLE certificates DROP COLUMN file_sha256`);
    await q.query(`DROP TABLE certificate_templates`);
  }
}
