import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Enrolments pin the course version a trainee started with. Progress arrives as events with
 * browser-made ids: the primary key stores each once, so a batch resent after a lost connection is
 * harmless. lesson_progress is recomputed from a lesson's events whenever new ones arrive.
 */
export class EnrolmentAndProgress1764200000000 implements MigrationInterface {
  name = 'EnrolmentAndProgress1764200000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE courses ADD COLUMN open_enrolment boolean NOT NULL DEFAULT false`);
    await q.query(`
      CREATE TABLE enrolments (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL,
        course_id uuid NOT NULL,
        version_id uuid NOT NULL,
        source text NOT NULL,
        enrolled_by uuid,
        enrolled_at timestamptz NOT NULL DEFAULT now(),
        due_at timestamptz,
        started_at timestamptz,
        completed_at timestamptz,
        ended_at timestamptz,
        last_lesson_id uuid,
        CONSTRAINT pk_enrolments PRIMARY KEY (id),
        CONSTRAINT fk_enrolments_person FOREIGN KEY (person_id) REFERENCES people(id),
        CONSTRAINT fk_enrolments_course FOREIGN KEY (course_id) REFERENCES courses(id),
        CONSTRAINT fk_enrolments_version FOREIGN KEY (version_id) REFERENCES course_versions(id),
        CONSTRAINT fk_enrolments_enrolled_by FOREIGN KEY (enrolled_by) REFERENCES users(id),
        CONSTRAINT fk_enrolments_last_lesson FOREIGN KEY (last_lesson_id) REFERENCES lessons(id),
        CONSTRAINT ck_enrolments_source CHECK (source IN ('self', 'manual', 'unit', 'position', 'requirement'))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX uq_enrolments_current ON enrolments (person_id, course_id) WHERE ended_at IS NULL`,
    );
    await q.query(`CREATE INDEX ix_enrolments_course ON enrolments (course_id) WHERE ended_at IS NULL`);
    await q.query(`
      CREATE TABLE progress_events (
        id uuid NOT NULL,
        enrolment_id uuid NOT NULL,
        lesson_id uuid NOT NULL,
        kind text NOT NULL,
        value real,
        position jsonb,
        occurred_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        request_id text NOT NULL,
        CONSTRAINT pk_progress_events PRIMARY KEY (id),
        CONSTRAINT fk_progress_events_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolments(id),
        CONSTRAINT fk_progress_events_lesson FOREIGN KEY (lesson_id) REFERENCES lessons(id),
        CONSTRAINT ck_progress_events_kind CHECK (kind IN ('opened', 'scrolled', 'video', 'done')),
        CONSTRAINT ck_progress_events_value CHECK (value IS NULL OR (value >= 0 AND value <= 1))
      )`);
    await q.query(`CREATE INDEX ix_progress_events_enrolment_lesson ON progress_events (enrolment_id, lesson_id)`);
    await q.query(`
      CREATE TABLE lesson_progress (
        enrolment_id uuid NOT NULL,
        lesson_id uuid NOT NULL,
        opened boolean NOT NULL DEFAULT false,
        max_scroll real NOT NULL DEFAULT 0,
        max_video real NOT NULL DEFAULT 0,
        marked_done boolean NOT NULL DEFAULT false,
        resume jsonb,
        completed_at timestamptz,
        CONSTRAINT pk_lesson_progress PRIMARY KEY (enrolment_id, lesson_id),
        CONSTRAINT fk_lesson_progress_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolments(id),
        CONSTRAINT fk_lesson_progress_lesson FOREIGN KEY (lesson_id) REFERENCES lessons(id)
      )`);
    await q.query(`
      CREATE TABLE course_completions (
        enrolment_id uuid NOT NULL,
        person_id uuid NOT NULL,
        course_id uuid NOT NULL,
        version_id uuid NOT NULL,
        completed_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_course_completions PRIMARY KEY (enrolment_id),
        CONSTRAINT fk_course_completions_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolments(id)
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of ['course_completions', 'lesson_progress', 'progress_events', 'enrolments'])
      await q.query(`DROP TABLE ${table}`);
    await q.query(`ALTER TABLE courses DROP COLUMN open_enrolment`);
  }
}
