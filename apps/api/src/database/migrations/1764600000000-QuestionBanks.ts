import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Question banks belong to a course (its owner unit is their authors' scope) and name the categories
 * their questions may use. A question's type-specific part (options with the key, accepted answers,
 * items in order) is one jsonb document whose `type` must match the column. Questions are deleted
 * softly: attempts made later will refer to the questions they drew.
 */
export class QuestionBanks1764600000000 implements MigrationInterface {
  name = 'QuestionBanks1764600000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE question_banks (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL,
        name text NOT NULL,
        categories text[] NOT NULL DEFAULT '{}',
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_question_banks PRIMARY KEY (id),
        CONSTRAINT fk_question_banks_course FOREIGN KEY (course_id) REFERENCES courses(id),
        CONSTRAINT fk_question_banks_created_by FOREIGN KEY (created_by) REFERENCES users(id),
        CONSTRAINT uq_question_banks_course_name UNIQUE (course_id, name)
      )`);
    await q.query(`
      CREATE TABLE questions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        bank_id uuid NOT NULL,
        type text NOT NULL,
        stem_html text NOT NULL,
        stem_search text NOT NULL,
        points integer NOT NULL,
        feedback_html text,
        category text,
        tags text[] NOT NULL DEFAULT '{}',
        content jsonb NOT NULL,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        CONSTRAINT pk_questions PRIMARY KEY (id),
        CONSTRAINT fk_questions_bank FOREIGN KEY (bank_id) REFERENCES question_banks(id),
        CONSTRAINT fk_questions_created_by FOREIGN KEY (created_by) REFERENCES users(id),
        CONSTRAINT ck_questions_type CHECK (type IN ('single_choice', 'multiple_choice', 'true_false', 'short_text', 'ordering')),
        CONSTRAINT ck_questions_content_type CHECK (content->>'type' = type),
        CONSTRAINT ck_questions_points CHECK (points BETWEEN 1 AND 100)
      )`);
    await q.query(
      `CREATE INDEX ix_questions_bank_live ON questions (bank_id, created_at, id) WHERE deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX ix_questions_tags ON questions USING gin (tags)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE questions`);
    await q.query(`DROP TABLE question_banks`);
  }
}
