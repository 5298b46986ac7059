import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Quizzes and attempts.
 * - A quiz is either a step of a course module (a lesson whose completion rule is `quiz_passed`, one quiz
 *   row per lesson row, so it is frozen with its version like the lesson) or a contest (no lesson, open to
 *   the people of some units' subtrees). It draws from one of its course's question banks.
 * - An attempt snapshots what it drew (stem, points, key, the order options are shown in) in
 *   quiz_attempt_questions: a bank edited later changes no attempt until a trainer regrades on purpose.
 * - At most one attempt in progress per person and quiz (partial unique index) and attempt numbers unique
 *   per person and quiz: with the per-person lock the service takes, concurrent starts cannot exceed the
 *   limit. `deadline_at` is decided by the server at start (start + limit, capped by the close date).
 * - Answers are autosaved with the client's revision number: a late-arriving older save cannot replace a
 *   newer one. Starts, saves and submissions are not audit-log entries (a save every few seconds would
 *   flood it); the attempt keeps the id of the last request that changed it instead.
 */
export class Quizzes1764700000000 implements MigrationInterface {
  name = 'Quizzes1764700000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE lessons DROP CONSTRAINT ck_lessons_completion`);
    await q.query(`ALTER TABLE lessons ADD CONSTRAINT ck_lessons_completion
                     CHECK (completion IN ('opened', 'read_to_end', 'video_watched', 'marked_done', 'quiz_passed'))`);
    await q.query(`
      CREATE TABLE quizzes (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        course_id uuid NOT NULL,
        lesson_id uuid,
        title text,
        bank_id uuid NOT NULL,
        draw jsonb NOT NULL,
        shuffle_questions boolean NOT NULL DEFAULT true,
        shuffle_options boolean NOT NULL DEFAULT true,
        pass_mark integer NOT NULL,
        max_attempts integer,
        time_limit_seconds integer,
        opens_at timestamptz,
        closes_at timestamptz,
        review text NOT NULL,
        unit_ids uuid[] NOT NULL DEFAULT '{}',
        frozen_at timestamptz,
        leaderboard jsonb,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_quizzes PRIMARY KEY (id),
        CONSTRAINT fk_quizzes_course FOREIGN KEY (course_id) REFERENCES courses(id),
        CONSTRAINT fk_quizzes_lesson FOREIGN KEY (lesson_id) REFERENCES lessons(id) ON DELETE CASCADE,
        CONSTRAINT fk_quizzes_bank FOREIGN KEY (bank_id) REFERENCES question_banks(id),
        CONSTRAINT fk_quizzes_created_by FOREIGN KEY (created_by) REFERENCES users(id),
        CONSTRAINT uq_quizzes_lesson UNIQUE (lesson_id),
        CONSTRAINT ck_quizzes_kind CHECK (kind IN ('step', 'contest')),
        CONSTRAINT ck_quizzes_step CHECK ((kind = 'step') = (lesson_id IS NOT NULL)),
        CONSTRAINT ck_quizzes_contest CHECK (kind = 'step' OR (title IS NOT NULL AND cardinality(unit_ids) > 0
                                                               AND opens_at IS NOT NULL AND closes_at IS NOT NULL)),
        CONSTRAINT ck_quizzes_pass_mark CHECK (pass_mark BETWEEN 0 AND 100),
        CONSTRAINT ck_quizzes_attempts CHECK (max_attempts IS NULL OR max_attempts BETWEEN 1 AND 100),
        CONSTRAINT ck_quizzes_time_limit CHECK (time_limit_seconds IS NULL OR time_limit_seconds > 0),
        CONSTRAINT ck_quizzes_window CHECK (opens_at IS NULL OR closes_at IS NULL OR opens_at < closes_at),
        CONSTRAINT ck_quizzes_review CHECK (review IN ('score', 'answers', 'correct_answers'))
      )`);
    await q.query(`CREATE INDEX ix_quizzes_contests ON quizzes (closes_at) WHERE kind = 'contest'`);
    await q.query(`CREATE INDEX ix_quizzes_bank ON quizzes (bank_id)`);
    await q.query(`
      CREATE TABLE quiz_attempts (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        quiz_id uuid NOT NULL,
        person_id uuid NOT NULL,
        enrolment_id uuid,
        unit_id uuid NOT NULL,
        attempt_no integer NOT NULL,
        status text NOT NULL DEFAULT 'in_progress',
        started_at timestamptz NOT NULL DEFAULT now(),
        deadline_at timestamptz,
        answers jsonb NOT NULL DEFAULT '{}',
        revision integer NOT NULL DEFAULT 0,
        saved_at timestamptz,
        submitted_at timestamptz,
        graded_as_of timestamptz,
        late boolean NOT NULL DEFAULT false,
        score numeric(8, 2),
        max_score numeric(8, 2),
        percent numeric(5, 2),
        passed boolean,
        regraded_at timestamptz,
        last_request_id text NOT NULL,
        CONSTRAINT pk_quiz_attempts PRIMARY KEY (id),
        CONSTRAINT fk_quiz_attempts_quiz FOREIGN KEY (quiz_id) REFERENCES quizzes(id) ON DELETE CASCADE,
        CONSTRAINT fk_quiz_attempts_person FOREIGN KEY (person_id) REFERENCES people(id),
        CONSTRAINT fk_quiz_attempts_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolments(id),
        CONSTRAINT fk_quiz_attempts_unit FOREIGN KEY (unit_id) REFERENCES units(id),
        CONSTRAINT uq_quiz_attempts_number UNIQUE (quiz_id, person_id, attempt_no),
        CONSTRAINT ck_quiz_attempts_number CHECK (attempt_no >= 1),
        CONSTRAINT ck_quiz_attempts_status CHECK (status IN ('in_progress', 'submitted')),
        CONSTRAINT ck_quiz_attempts_graded CHECK ((status = 'submitted') = (graded_as_of IS NOT NULL AND score IS NOT NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX uq_quiz_attempts_in_progress ON quiz_attempts (quiz_id, person_id) WHERE status = 'in_progress'`,
    );
    await q.query(`CREATE INDEX ix_quiz_attempts_person ON quiz_attempts (person_id, quiz_id)`);
    await q.query(`CREATE INDEX ix_quiz_attempts_quiz ON quiz_attempts (quiz_id, status)`);
    await q.query(`
      CREATE TABLE quiz_attempt_questions (
        attempt_id uuid NOT NULL,
        position integer NOT NULL,
        question_id uuid NOT NULL,
        stem_html text NOT NULL,
        feedback_html text,
        points integer NOT NULL,
        content jsonb NOT NULL,
        option_order uuid[] NOT NULL DEFAULT '{}',
        score numeric(8, 2),
        outcome text,
        CONSTRAINT pk_quiz_attempt_questions PRIMARY KEY (attempt_id, position),
        CONSTRAINT fk_quiz_attempt_questions_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempts(id) ON DELETE CASCADE,
        CONSTRAINT fk_quiz_attempt_questions_question FOREIGN KEY (question_id) REFERENCES questions(id),
        CONSTRAINT uq_quiz_attempt_questions_question UNIQUE (attempt_id, question_id),
        CONSTRAINT ck_quiz_attempt_questions_outcome CHECK (outcome IS NULL OR outcome IN ('correct', 'partial', 'incorrect'))
      )`);
    await q.query(`CREATE INDEX ix_quiz_attempt_questions_question ON quiz_attempt_questions (question_id)`);
    await q.query(`
      CREATE TABLE contest_withdrawals (
        quiz_id uuid NOT NULL,
        person_id uuid NOT NULL,
        reason text NOT NULL,
        withdrawn_by uuid NOT NULL,
        withdrawn_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_contest_withdrawals PRIMARY KEY (quiz_id, person_id),
        CONSTRAINT fk_contest_withdrawals_quiz FOREIGN KEY (quiz_id) REFERENCES quizzes(id) ON DELETE CASCADE,
        CONSTRAINT fk_contest_withdrawals_person FOREIGN KEY (person_id) REFERENCES people(id),
        CONSTRAINT fk_contest_withdrawals_by FOREIGN KEY (withdrawn_by) REFERENCES users(id)
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of ['contest_withdrawals', 'quiz_attempt_questions', 'quiz_attempts', 'quizzes'])
      await q.query(`DROP TABLE ${table}`);
    await q.query(`DELETE FROM lessons WHERE completion = 'quiz_passed'`);
    await q.query(`ALTER TABLE lessons DROP CONSTRAINT ck_lessons_completion`);
    await q.query(`ALTER TABLE lessons ADD CONSTRAINT ck_lessons_completion
                     CHECK (completion IN ('opened', 'read_to_end', 'video_watched', 'marked_done'))`);
  }
}
