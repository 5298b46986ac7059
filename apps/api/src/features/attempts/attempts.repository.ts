import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DrawRule, QuestionAnswer, QuestionContent, ReviewPolicy } from '@sen/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { AttemptQuestion } from './attempt-view';

/** Seconds after the deadline in which saves and a submission still count (the network's slack). */
export const ATTEMPT_GRACE_SECONDS = 30;

export interface QuizRow {
  id: string;
  kind: 'step' | 'contest';
  courseId: string;
  lessonId: string | null;
  versionId: string | null;
  /** The lesson's title for a step, the contest's own title otherwise. */
  title: string;
  bankId: string;
  draw: DrawRule[];
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  passMark: number;
  maxAttempts: number | null;
  timeLimitSeconds: number | null;
  opensAt: Date | null;
  closesAt: Date | null;
  review: ReviewPolicy;
  unitIds: string[];
}

/** Whether a person may take a quiz: her enrolment for a step, her unit for a contest. */
export interface Eligibility {
  /** Her current unit (where her attempts are ranked in a contest). */
  unitId: string;
  /** A step: her enrolment in the quiz's version, when she has one (ended or not). */
  enrolmentId: string | null;
  enrolmentEnded: boolean;
  /** A contest: whether her unit lies in one of the contest's units' subtrees. */
  inContestUnits: boolean;
  withdrawn: boolean;
}

export interface AttemptRow {
  id: string;
  quizId: string;
  personId: string;
  enrolmentId: string | null;
  attemptNo: number;
  status: 'in_progress' | 'submitted';
  startedAt: Date;
  deadlineAt: Date | null;
  answers: Record<string, QuestionAnswer>;
  revision: number;
  submittedAt: Date | null;
  gradedAsOf: Date | null;
  late: boolean;
  score: number | null;
  maxScore: number | null;
  percent: number | null;
  passed: boolean | null;
  /** In progress and past its deadline's grace: to be graded as of the deadline. */
  overdue: boolean;
  /** Within the deadline's grace (or untimed): saves still count. */
  open: boolean;
  now: Date;
}

const QUIZ_SELECT = `
  SELECT q.id, q.kind, q.course_id AS "courseId", q.lesson_id AS "lessonId", m.version_id AS "versionId",
         COALESCE(q.title, l.title) AS title, q.bank_id AS "bankId", q.draw,
         q.shuffle_questions AS "shuffleQuestions", q.shuffle_options AS "shuffleOptions", q.pass_mark AS "passMark",
         q.max_attempts AS "maxAttempts", q.time_limit_seconds AS "timeLimitSeconds", q.opens_at AS "opensAt",
         q.closes_at AS "closesAt", q.review, q.unit_ids AS "unitIds"
    FROM quizzes q
    LEFT JOIN lessons l ON l.id = q.lesson_id
    LEFT JOIN course_modules m ON m.id = l.module_id`;

/** An attempt's columns as AttemptRow names them, with the deadline decided by the database clock. */
const ATTEMPT_COLUMNS = `
         a.id, a.quiz_id AS "quizId", a.person_id AS "personId", a.enrolment_id AS "enrolmentId",
         a.attempt_no AS "attemptNo", a.status, a.started_at AS "startedAt", a.deadline_at AS "deadlineAt",
         a.answers, a.revision, a.submitted_at AS "submittedAt", a.graded_as_of AS "gradedAsOf", a.late,
         a.score::float8 AS score, a.max_score::float8 AS "maxScore", a.percent::float8 AS percent, a.passed,
         a.status = 'in_progress' AND a.deadline_at + make_interval(secs => ${ATTEMPT_GRACE_SECONDS}) < now() AS overdue,
         a.deadline_at IS NULL OR now() <= a.deadline_at + make_interval(secs => ${ATTEMPT_GRACE_SECONDS}) AS open,
         now() AS now`;

const ATTEMPT_SELECT = `SELECT ${ATTEMPT_COLUMNS} FROM quiz_attempts a`;

@Injectable()
export class AttemptsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findQuiz(quizId: string, manager: EntityManager = this.db.manager): Promise<QuizRow | null> {
    const rows: QuizRow[] = await manager.query(`${QUIZ_SELECT} WHERE q.id = $1`, [quizId]);
    return rows[0] ?? null;
  }

  async eligibility(
    quiz: QuizRow,
    personId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<Eligibility | null> {
    const rows: Eligibility[] = await manager.query(
      `SELECT u.id AS "unitId",
              e.id AS "enrolmentId", COALESCE(e.ended_at IS NOT NULL, false) AS "enrolmentEnded",
              EXISTS (SELECT 1 FROM units cu WHERE cu.id = ANY($3::uuid[]) AND u.path LIKE cu.path || '%') AS "inContestUnits",
              EXISTS (SELECT 1 FROM contest_withdrawals w WHERE w.quiz_id = $4 AND w.person_id = $1) AS withdrawn
         FROM memberships mb JOIN units u ON u.id = mb.unit_id
         LEFT JOIN LATERAL (SELECT e.id, e.ended_at FROM enrolments e
                             WHERE e.person_id = $1 AND e.version_id = $2
                             ORDER BY e.ended_at IS NULL DESC, e.enrolled_at DESC LIMIT 1) e ON true
        WHERE mb.person_id = $1 AND mb.valid_to IS NULL`,
      [personId, quiz.versionId, quiz.unitIds, quiz.id],
    );
    return rows[0] ?? null;
  }

  /** Serialises one person's starts (and submissions) of one quiz until the transaction ends. */
  async lockPersonQuiz(manager: EntityManager, quizId: string, personId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1 || ':' || $2, 0))`, [quizId, personId]);
  }

  async attemptsOf(quizId: string, personId: string, manager: EntityManager = this.db.manager): Promise<AttemptRow[]> {
    return manager.query(`${ATTEMPT_SELECT} WHERE a.quiz_id = $1 AND a.person_id = $2 ORDER BY a.attempt_no`, [
      quizId,
      personId,
    ]);
  }

  /** Her attempt (someone else's is not found), optionally locked for a change. */
  async findAttempt(
    attemptId: string,
    personId: string,
    manager: EntityManager = this.db.manager,
    lock = false,
  ): Promise<AttemptRow | null> {
    const rows: AttemptRow[] = await manager.query(
      `${ATTEMPT_SELECT} WHERE a.id = $1 AND a.person_id = $2 ${lock ? 'FOR UPDATE OF a' : ''}`,
      [attemptId, personId],
    );
    return rows[0] ?? null;
  }

  /** Everybody's attempts at a quiz still in progress. */
  async inProgressAttempts(manager: EntityManager, quizId: string): Promise<{ id: string; personId: string }[]> {
    return manager.query(
      `SELECT id, person_id AS "personId" FROM quiz_attempts WHERE quiz_id = $1 AND status = 'in_progress' ORDER BY id`,
      [quizId],
    );
  }

  async contents(manager: EntityManager, questionIds: string[]): Promise<{ id: string; content: QuestionContent }[]> {
    return manager.query(`SELECT id, content FROM questions WHERE id = ANY($1::uuid[])`, [questionIds]);
  }

  /**
   * Inserts an attempt with its drawn questions copied from the bank. The deadline is the server's:
   * start + limit, capped by the close date. The unique attempt number and the one-in-progress index
   * make a second concurrent start fail even if the caller's lock were missing.
   */
  async insertAttempt(
    manager: EntityManager,
    attempt: {
      id: string;
      requestId: string;
      quiz: QuizRow;
      personId: string;
      enrolmentId: string | null;
      unitId: string;
      attemptNo: number;
      questionIds: string[];
      optionOrders: string[][];
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO quiz_attempts (id, quiz_id, person_id, enrolment_id, unit_id, attempt_no, deadline_at, last_request_id)
       VALUES ($1, $2, $3, $4, $5, $6,
               CASE WHEN $7::int IS NULL THEN $8::timestamptz
                    ELSE LEAST(now() + make_interval(secs => $7::int), $8::timestamptz) END, $9)`,
      [
        attempt.id,
        attempt.quiz.id,
        attempt.personId,
        attempt.enrolmentId,
        attempt.unitId,
        attempt.attemptNo,
        attempt.quiz.timeLimitSeconds,
        attempt.quiz.closesAt,
        attempt.requestId,
      ],
    );
    await manager.query(
      `INSERT INTO quiz_attempt_questions (attempt_id, position, question_id, stem_html, feedback_html, points, content,
                                           option_order)
       SELECT $1, d.position, q.id, q.stem_html, q.feedback_html, q.points, q.content,
              ARRAY(SELECT jsonb_array_elements_text(d.option_order)::uuid)
         FROM unnest($2::uuid[], $3::jsonb[]) WITH ORDINALITY AS d(question_id, option_order, position)
         JOIN questions q ON q.id = d.question_id`,
      [attempt.id, attempt.questionIds, attempt.optionOrders.map((order) => JSON.stringify(order))],
    );
  }

  async attemptQuestions(attemptId: string, manager: EntityManager = this.db.manager): Promise<AttemptQuestion[]> {
    return manager.query(
      `SELECT position::int, question_id AS "questionId", stem_html AS stem, feedback_html AS feedback, points, content,
              option_order AS "optionOrder", score::float8 AS score, outcome
         FROM quiz_attempt_questions WHERE attempt_id = $1 ORDER BY position`,
      [attemptId],
    );
  }

  /** Stores a save unless a newer revision is stored; the caller has checked the attempt is open. */
  async saveAnswers(
    manager: EntityManager,
    attemptId: string,
    save: { revision: number; answers: Record<string, QuestionAnswer>; requestId: string },
  ): Promise<{ revision: number; savedAt: Date; applied: boolean }> {
    const rows: { revision: number; savedAt: Date; applied: boolean }[] = await manager.query(
      `WITH saved AS (
         UPDATE quiz_attempts SET answers = $3, revision = $2, saved_at = now(), last_request_id = $4
          WHERE id = $1 AND status = 'in_progress' AND revision < $2
         RETURNING revision, saved_at)
       SELECT revision, saved_at AS "savedAt", true AS applied FROM saved
       UNION ALL
       SELECT revision, COALESCE(saved_at, started_at), false FROM quiz_attempts
        WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM saved)`,
      [attemptId, save.revision, JSON.stringify(save.answers), save.requestId],
    );
    return rows[0]!;
  }

  async storeGrades(
    manager: EntityManager,
    attemptId: string,
    grades: { position: number; score: number; outcome: string }[],
  ): Promise<void> {
    await manager.query(
      `UPDATE quiz_attempt_questions aq SET score = g.score, outcome = g.outcome
         FROM unnest($2::int[], $3::numeric[], $4::text[]) AS g(position, score, outcome)
        WHERE aq.attempt_id = $1 AND aq.position = g.position`,
      [attemptId, grades.map((g) => g.position), grades.map((g) => g.score), grades.map((g) => g.outcome)],
    );
  }

  /**
   * Closes an attempt with its grade, storing the answers sent with the submission if there are any;
   * `late` ones are graded as of the deadline. Returns the closed attempt.
   */
  async closeAttempt(
    manager: EntityManager,
    attemptId: string,
    result: { score: number; maxScore: number; percent: number; passed: boolean; late: boolean; requestId: string },
    save: { revision: number; answers: Record<string, QuestionAnswer> } | null,
  ): Promise<AttemptRow> {
    // An UPDATE through TypeORM answers [rows, affected].
    const rows = await manager.query<[AttemptRow[], number]>(
      `UPDATE quiz_attempts AS a SET status = 'submitted', submitted_at = now(),
              graded_as_of = CASE WHEN $6 THEN a.deadline_at ELSE now() END,
              score = $2, max_score = $3, percent = $4, passed = $5, late = $6, last_request_id = $7,
              answers = COALESCE($8::jsonb, a.answers), revision = COALESCE($9::int, a.revision),
              saved_at = CASE WHEN $8::jsonb IS NULL THEN a.saved_at ELSE now() END
        WHERE a.id = $1 RETURNING ${ATTEMPT_COLUMNS}`,
      [
        attemptId,
        result.score,
        result.maxScore,
        result.percent,
        result.passed,
        result.late,
        result.requestId,
        save ? JSON.stringify(save.answers) : null,
        save?.revision ?? null,
      ],
    );
    return rows[0][0]!;
  }
}
