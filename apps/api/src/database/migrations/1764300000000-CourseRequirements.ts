import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A requirement says which positions in a unit subtree must take a course, by when. Matching people
 * are enrolled when it is made and whenever someone later joins or takes the position; the enrolment
 * remembers its requirement, so a trainee an author unenrolled is not enrolled again behind her back.
 */
export class CourseRequirements1764300000000 implements MigrationInterface {
  name = 'CourseRequirements1764300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE course_requirements (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL,
        unit_id uuid NOT NULL,
        positions text[] NOT NULL,
        include_reserves boolean NOT NULL DEFAULT false,
        due_at timestamptz,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz,
        CONSTRAINT pk_course_requirements PRIMARY KEY (id),
        CONSTRAINT fk_course_requirements_course FOREIGN KEY (course_id) REFERENCES courses(id),
        CONSTRAINT fk_course_requirements_unit FOREIGN KEY (unit_id) REFERENCES units(id),
        CONSTRAINT fk_course_requirements_created_by FOREIGN KEY (created_by) REFERENCES users(id),
        CONSTRAINT ck_course_requirements_positions CHECK (cardinality(positions) > 0)
      )`);
    await q.query(
      `CREATE INDEX ix_course_requirements_course ON course_requirements (course_id) WHERE ended_at IS NULL`,
    );
    await q.query(`ALTER TABLE enrolments ADD COLUMN requirement_id uuid`);
    await q.query(
      `ALTER TABLE enrolments ADD CONSTRAINT fk_enrolments_requirement FOREIGN KEY (requirement_id) REFERENCES course_requirements(id)`,
    );
    await q.query(
      `CREATE INDEX ix_enrolments_requirement ON enrolments (requirement_id, person_id) WHERE requirement_id IS NOT NULL`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE enrolments DROP COLUMN requirement_id`);
    await q.query(`DROP TABLE course_requirements`);
  }
}
