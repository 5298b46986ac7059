import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issued certificates. One per enrolment and completion: the unique (enrolment_id, completed_at) is what makes
 * issuance exactly-once however often the job runs. The printed texts and the signed claims are stored as
 * issued, so a later rename of the person, course or unit never changes what a certificate says.
 */
export class Certificates1764800000000 implements MigrationInterface {
  name = 'Certificates1764800000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE certificates (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        code text NOT NULL,
        enrolment_id uuid NOT NULL,
        person_id uuid NOT NULL,
        course_id uuid NOT NULL,
        version_id uuid NOT NULL,
        completed_at timestamptz NOT NULL,
        holder_name text NOT NULL,
        course_title text NOT NULL,
        issuer_unit_id uuid NOT NULL,
        issuer_name text NOT NULL,
        issued_at timestamptz NOT NULL,
        expires_at timestamptz,
        reissue_no integer NOT NULL DEFAULT 0,
        claims jsonb NOT NULL,
        signature text NOT NULL,
        key_id text NOT NULL,
        file_path text NOT NULL,
        status text NOT NULL DEFAULT 'valid',
        revoked_at timestamptz,
        revoked_reason text,
        revoked_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_certificates PRIMARY KEY (id),
        CONSTRAINT uq_certificates_code UNIQUE (code),
        CONSTRAINT uq_certificates_completion UNIQUE (enrolment_id, completed_at),
        CONSTRAINT fk_certificates_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolments(id),
        CONSTRAINT fk_certificates_person FOREIGN KEY (person_id) REFERENCES people(id),
        CONSTRAINT fk_certificates_course FOREIGN KEY (course_id) REFERENCES courses(id),
        CONSTRAINT fk_certificates_version FOREIGN KEY (version_id) REFERENCES course_versions(id),
        CONSTRAINT fk_certificates_issuer_unit FOREIGN KEY (issuer_unit_id) REFERENCES units(id),
        CONSTRAINT fk_certificates_revoked_by FOREIGN KEY (revoked_by) REFERENCES users(id),
        CONSTRAINT ck_certificates_status CHECK (status IN ('valid', 'revoked')),
        CONSTRAINT ck_certificates_revoked CHECK ((status = 'revoked') = (revoked_at IS NOT NULL)),
        CONSTRAINT ck_certificates_expiry CHECK (expires_at IS NULL OR expires_at > issued_at),
        CONSTRAINT ck_certificates_reissue CHECK (reissue_no >= 0),
        CONSTRAINT ck_certificates_file_path CHECK (file_path ~ '^certificates/[0-9a-f-]{36}\\.pdf$')
      )`);
    await q.query(`CREATE INDEX ix_certificates_person ON certificates (person_id, issued_at DESC)`);
    await q.query(`CREATE INDEX ix_certificates_course ON certificates (course_id, issued_at DESC)`);
    await q.query(`CREATE INDEX ix_certificates_issuer_unit ON certificates (issuer_unit_id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE certificates`);
  }
}
