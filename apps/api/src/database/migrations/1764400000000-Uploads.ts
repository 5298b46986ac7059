import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files trainers upload: lesson images, MP4 videos, downloadable forms and course covers. The bytes live
 * under UPLOAD_DIR by a generated `storage_key`; a row is attributed to a unit, so only authors of that
 * unit's subtree can attach it. Published versions point at uploads, so uploads are never deleted by a
 * content edit: the FKs have no cascade from `uploads`.
 */
export class Uploads1764400000000 implements MigrationInterface {
  name = 'Uploads1764400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE uploads (
        id uuid NOT NULL,
        unit_id uuid NOT NULL,
        uploaded_by uuid NOT NULL,
        kind text NOT NULL,
        file_name text NOT NULL,
        mime_type text NOT NULL,
        size_bytes bigint NOT NULL,
        storage_key text NOT NULL,
        width integer,
        height integer,
        variants jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_uploads PRIMARY KEY (id),
        CONSTRAINT fk_uploads_unit FOREIGN KEY (unit_id) REFERENCES units(id),
        CONSTRAINT fk_uploads_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES users(id),
        CONSTRAINT uq_uploads_storage_key UNIQUE (storage_key),
        CONSTRAINT ck_uploads_kind CHECK (kind IN ('image', 'video', 'document')),
        CONSTRAINT ck_uploads_size CHECK (size_bytes >= 0),
        CONSTRAINT ck_uploads_dimensions CHECK ((kind = 'image') = (width IS NOT NULL AND height IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX ix_uploads_unit ON uploads (unit_id, created_at DESC)`);

    await q.query(`ALTER TABLE lessons ADD COLUMN video_upload_id uuid`);
    await q.query(
      `ALTER TABLE lessons ADD CONSTRAINT fk_lessons_video_upload FOREIGN KEY (video_upload_id) REFERENCES uploads(id)`,
    );
    await q.query(
      `CREATE INDEX ix_lessons_video_upload ON lessons (video_upload_id) WHERE video_upload_id IS NOT NULL`,
    );
    await q.query(`ALTER TABLE lessons DROP CONSTRAINT ck_lessons_video`);
    await q.query(
      `ALTER TABLE lessons ADD CONSTRAINT ck_lessons_video
         CHECK (completion <> 'video_watched' OR video_url IS NOT NULL OR video_upload_id IS NOT NULL)`,
    );
    await q.query(
      `ALTER TABLE lessons ADD CONSTRAINT ck_lessons_one_video CHECK (video_url IS NULL OR video_upload_id IS NULL)`,
    );

    await q.query(`
      CREATE TABLE lesson_attachments (
        lesson_id uuid NOT NULL,
        upload_id uuid NOT NULL,
        position integer NOT NULL,
        CONSTRAINT pk_lesson_attachments PRIMARY KEY (lesson_id, upload_id),
        CONSTRAINT fk_lesson_attachments_lesson FOREIGN KEY (lesson_id) REFERENCES lessons(id) ON DELETE CASCADE,
        CONSTRAINT fk_lesson_attachments_upload FOREIGN KEY (upload_id) REFERENCES uploads(id),
        CONSTRAINT uq_lesson_attachments_position UNIQUE (lesson_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);
    await q.query(`CREATE INDEX ix_lesson_attachments_upload ON lesson_attachments (upload_id)`);

    await q.query(`ALTER TABLE course_versions ADD COLUMN cover_upload_id uuid`);
    await q.query(
      `ALTER TABLE course_versions ADD CONSTRAINT fk_course_versions_cover FOREIGN KEY (cover_upload_id) REFERENCES uploads(id)`,
    );
    await q.query(
      `CREATE INDEX ix_course_versions_cover ON course_versions (cover_upload_id) WHERE cover_upload_id IS NOT NULL`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE course_versions DROP COLUMN cover_upload_id`);
    await q.query(`DROP TABLE lesson_attachments`);
    await q.query(`ALTER TABLE lessons DROP CONSTRAINT ck_lessons_one_video`);
    await q.query(`ALTER TABLE lessons DROP CONSTRAINT ck_lessons_video`);
    await q.query(`ALTER TABLE lessons DROP COLUMN video_upload_id`);
    await q.query(
      `ALTER TABLE lessons ADD CONSTRAINT ck_lessons_video CHECK (completion <> 'video_watched' OR video_url IS NOT NULL)`,
    );
    await q.query(`DROP TABLE uploads`);
  }
}
