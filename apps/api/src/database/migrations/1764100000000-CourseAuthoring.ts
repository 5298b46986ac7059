import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Courses and their versions. A course is an identity owned by a unit (its authors' scope); its content
 * lives in versions. Exactly one draft at a time; publishing freezes a version for good, and later edits
 * go to a new draft copied from it. Module and lesson keys stay the same across copies, so a lesson can
 * be followed from version to version; ids differ, so progress recorded against a version stays valid.
 */
export class CourseAuthoring1764100000000 implements MigrationInterface {
  name = 'CourseAuthoring1764100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE courses (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        owner_unit_id uuid NOT NULL,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_courses PRIMARY KEY (id),
        CONSTRAINT fk_courses_owner_unit FOREIGN KEY (owner_unit_id) REFERENCES units(id),
        CONSTRAINT fk_courses_created_by FOREIGN KEY (created_by) REFERENCES users(id)
      )`);
    await q.query(`CREATE INDEX ix_courses_owner_unit ON courses (owner_unit_id)`);
    await q.query(`
      CREATE TABLE course_versions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL,
        version_no integer NOT NULL,
        status text NOT NULL,
        title text NOT NULL,
        title_search text NOT NULL,
        summary text NOT NULL DEFAULT '',
        language text NOT NULL,
        category text NOT NULL,
        estimated_minutes integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        published_by uuid,
        CONSTRAINT pk_course_versions PRIMARY KEY (id),
        CONSTRAINT fk_course_versions_course FOREIGN KEY (course_id) REFERENCES courses(id),
        CONSTRAINT fk_course_versions_published_by FOREIGN KEY (published_by) REFERENCES users(id),
        CONSTRAINT uq_course_versions_course_no UNIQUE (course_id, version_no),
        CONSTRAINT ck_course_versions_status CHECK (status IN ('draft', 'published')),
        CONSTRAINT ck_course_versions_published CHECK ((status = 'published') = (published_at IS NOT NULL)),
        CONSTRAINT ck_course_versions_language CHECK (language IN ('vi', 'en')),
        CONSTRAINT ck_course_versions_minutes CHECK (estimated_minutes >= 0)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX uq_course_versions_one_draft ON course_versions (course_id) WHERE status = 'draft'`,
    );
    await q.query(`
      CREATE TABLE course_modules (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL,
        module_key uuid NOT NULL,
        position integer NOT NULL,
        title text NOT NULL,
        CONSTRAINT pk_course_modules PRIMARY KEY (id),
        CONSTRAINT fk_course_modules_version FOREIGN KEY (version_id) REFERENCES course_versions(id) ON DELETE CASCADE,
        CONSTRAINT uq_course_modules_version_key UNIQUE (version_id, module_key),
        CONSTRAINT uq_course_modules_version_position UNIQUE (version_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);
    await q.query(`
      CREATE TABLE lessons (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        module_id uuid NOT NULL,
        lesson_key uuid NOT NULL,
        position integer NOT NULL,
        title text NOT NULL,
        body_html text NOT NULL DEFAULT '',
        video_url text,
        completion text NOT NULL,
        estimated_minutes integer NOT NULL DEFAULT 5,
        CONSTRAINT pk_lessons PRIMARY KEY (id),
        CONSTRAINT fk_lessons_module FOREIGN KEY (module_id) REFERENCES course_modules(id) ON DELETE CASCADE,
        CONSTRAINT uq_lessons_module_position UNIQUE (module_id, position) DEFERRABLE INITIALLY DEFERRED,
        CONSTRAINT ck_lessons_completion CHECK (completion IN ('opened', 'read_to_end', 'video_watched', 'marked_done')),
        CONSTRAINT ck_lessons_video CHECK (completion <> 'video_watched' OR video_url IS NOT NULL)
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of ['lessons', 'course_modules', 'course_versions', 'courses'])
      await q.query(`DROP TABLE ${table}`);
  }
}
