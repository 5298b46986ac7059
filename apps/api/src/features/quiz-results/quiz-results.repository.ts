import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { QuestionAnswer, QuestionType, QuizAttemptQuery, QuizAttemptRow } from '@sen/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { pageClause, personSearchFilter } from '../../core/database/sql-fragments';
import type { AttemptQuestion } from '../attempts/attempt-view';

/** A quiz with what decides who may read its results (its course's owner subtree) and how it grades. */
export interface QuizScope {
  id: string;
  kind: 'step' | 'contest';
  title: string;
  titleEn: string | null;
  courseId: string;
  lessonId: string | null;
  bankId: string;
  passMark: number;
  ownerUnitId: string;
  ownerPath: string;
}

export interface QuizCounts {
  attempts: number;
  submitted: number;
  inProgress: number;
  people: number;
  passed: number;
  meanPercent: number | null;
  /** Submitted attempts per band, for the bands that hold any. */
  bands: { band: number; n: number }[];
}

export interface QuestionStatisticRow {
  questionId: string;
  type: QuestionType;
  stemHtml: string;
  attempts: number;
  facility: number | null;
  discrimination: number | null;
  outdated: number;
  deleted: boolean;
}

/** A submitted attempt as a regrade needs it: her stored answers and the grade they had. */
export interface GradedAttempt {
  id: string;
  enrolmentId: string | null;
  answers: Record<string, QuestionAnswer>;
  score: number;
  maxScore: number;
  percent: number;
  passed: boolean;
}

export type SnapshotQuestion = Pick<
  AttemptQuestion,
  'position' | 'questionId' | 'points' | 'content' | 'score' | 'outcome'
>;

export interface AttemptRegrade {
  id: string;
  score: number;
  maxScore: number;
  percent: number;
  passed: boolean;
  questions: { position: number; score: number; outcome: string }[];
}

type AttemptListRow = Omit<QuizAttemptRow, 'startedAt' | 'submittedAt' | 'result' | 'regradedAt'> & {
  startedAt: Date;
  submittedAt: Date | null;
  gradedAsOf: Date | null;
  late: boolean;
  score: number | null;
  maxScore: number | null;
  percent: number | null;
  passed: boolean | null;
  regradedAt: Date | null;
  total: number;
};

const STATUS_FILTERS: Record<NonNullable<QuizAttemptQuery['status']>, string> = {
  in_progress: `AND a.status = 'in_progress'`,
  submitted: `AND a.status = 'submitted'`,
  passed: `AND a.status = 'submitted' AND a.passed`,
  failed: `AND a.status = 'submitted' AND NOT a.passed`,
};

/** The trainer's side of a quiz: its attempts, their statistics, and regrading them. */
@Injectable()
export class QuizResultsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async quizScope(quizId: string, manager: EntityManager = this.db.manager): Promise<QuizScope | null> {
    const rows: QuizScope[] = await manager.query(
      `SELECT q.id, q.kind, COALESCE(q.title, l.title) AS title, CASE WHEN q.title IS NULL THEN l.title_en END AS "titleEn",
              q.course_id AS "courseId", q.lesson_id AS "lessonId", q.bank_id AS "bankId", q.pass_mark AS "passMark",
              u.id AS "ownerUnitId", u.path AS "ownerPath"
         FROM quizzes q
         JOIN courses c ON c.id = q.course_id
         JOIN units u ON u.id = c.owner_unit_id
         LEFT JOIN lessons l ON l.id = q.lesson_id
        WHERE q.id = $1`,
      [quizId],
    );
    return rows[0] ?? null;
  }

  async listAttempts(quizId: string, query: QuizAttemptQuery): Promise<{ rows: AttemptListRow[]; total: number }> {
    const params: unknown[] = [quizId];
    const search = personSearchFilter(params, query.search, 'p');
    const status = query.status ? STATUS_FILTERS[query.status] : '';
    const paging = pageClause(params, query.page, query.pageSize);
    const rows: AttemptListRow[] = await this.db.query(
      `SELECT count(*) OVER ()::int AS total, a.id, json_build_object('id', p.id, 'name', p.full_name) AS person,
              json_build_object('id', u.id, 'name', u.name) AS unit, a.attempt_no AS "attemptNo", a.status,
              a.started_at AS "startedAt", a.submitted_at AS "submittedAt", a.graded_as_of AS "gradedAsOf", a.late,
              a.score::float8 AS score, a.max_score::float8 AS "maxScore", a.percent::float8 AS percent, a.passed,
              a.regraded_at AS "regradedAt"
         FROM quiz_attempts a
         JOIN people p ON p.id = a.person_id
         JOIN units u ON u.id = a.unit_id
        WHERE a.quiz_id = $1 ${search} ${status}
        ORDER BY a.started_at DESC, a.id DESC ${paging}`,
      params,
    );
    return { rows, total: rows[0]?.total ?? 0 };
  }

  /** Counts and the distribution of the submitted attempts' percent in ten bands (100 % in the last). */
  async counts(quizId: string): Promise<QuizCounts> {
    const rows: QuizCounts[] = await this.db.query(
      `WITH a AS (SELECT person_id, status, percent, passed FROM quiz_attempts WHERE quiz_id = $1)
       SELECT count(*)::int AS attempts,
              count(*) FILTER (WHERE status = 'submitted')::int AS submitted,
              count(*) FILTER (WHERE status = 'in_progress')::int AS "inProgress",
              count(DISTINCT person_id)::int AS people,
              count(DISTINCT person_id) FILTER (WHERE passed)::int AS passed,
              round(avg(percent) FILTER (WHERE status = 'submitted'), 2)::float8 AS "meanPercent",
              COALESCE((SELECT json_agg(json_build_object('band', band, 'n', n))
                          FROM (SELECT LEAST(floor(percent / 10), 9)::int AS band, count(*)::int AS n
                                  FROM a WHERE status = 'submitted' GROUP BY 1) b), '[]') AS bands
         FROM a`,
      [quizId],
    );
    return rows[0]!;
  }

  /**
   * Per question, over the submitted attempts that drew it: facility is the mean share of its points
   * earned; discrimination is the Pearson correlation of its score with the rest of the attempt's score
   * (the attempt's total minus this question, so the question does not correlate with itself). `corr`
   * is null with fewer than two attempts or when either side never varies — undefined, not zero.
   */
  async questionStatistics(quizId: string): Promise<QuestionStatisticRow[]> {
    return this.db.query(
      `WITH drawn AS (
         SELECT aq.question_id, aq.position, aq.points, aq.score::float8 AS score, a.score::float8 AS total
           FROM quiz_attempts a JOIN quiz_attempt_questions aq ON aq.attempt_id = a.id
          WHERE a.quiz_id = $1 AND a.status = 'submitted'
       ), per_question AS (
         SELECT question_id, count(*)::int AS attempts, avg(score / points) AS facility,
                corr(score, total - score) AS discrimination, avg(position) AS mean_position
           FROM drawn GROUP BY question_id
       ), outdated AS (
         SELECT aq.question_id, count(*)::int AS n
           FROM quiz_attempts a
           JOIN quiz_attempt_questions aq ON aq.attempt_id = a.id
           JOIN questions q ON q.id = aq.question_id
          WHERE a.quiz_id = $1 AND q.deleted_at IS NULL AND q.type = aq.content->>'type'
            AND (aq.content IS DISTINCT FROM q.content OR aq.points <> q.points)
          GROUP BY aq.question_id
       )
       SELECT s.question_id AS "questionId", q.type, q.stem_html AS "stemHtml", s.attempts,
              s.facility::float8 AS facility, s.discrimination::float8 AS discrimination,
              COALESCE(o.n, 0) AS outdated, q.deleted_at IS NOT NULL AS deleted
         FROM per_question s
         JOIN questions q ON q.id = s.question_id
         LEFT JOIN outdated o ON o.question_id = s.question_id
        ORDER BY s.mean_position, s.question_id`,
      [quizId],
    );
  }

  /**
   * Locks every attempt of the quiz, in id order, for the regrade: a submission waits and then grades
   * with the new key; a concurrent regrade waits for this one.
   */
  async lockAttempts(manager: EntityManager, quizId: string): Promise<void> {
    await manager.query(`SELECT id FROM quiz_attempts WHERE quiz_id = $1 ORDER BY id FOR UPDATE`, [quizId]);
  }

  /** Which of these ids are questions of the bank (removed ones included). */
  async bankQuestionIds(manager: EntityManager, bankId: string, questionIds: string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM questions WHERE bank_id = $1 AND id = ANY($2::uuid[])`,
      [bankId, questionIds],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Every question some attempt of the quiz drew. */
  async drawnQuestionIds(manager: EntityManager, quizId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT DISTINCT aq.question_id AS id FROM quiz_attempts a JOIN quiz_attempt_questions aq ON aq.attempt_id = a.id
        WHERE a.quiz_id = $1 ORDER BY 1`,
      [quizId],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Copies the bank's current key and points into the attempts' snapshots of these questions, except for
   * questions removed from the bank or changed to another type (the attempt's answers would not fit):
   * those keep their copy and are returned. The order options are shown in keeps the options that stay
   * and appends new ones in random order, so an attempt in progress shows every option.
   */
  async refreshSnapshots(manager: EntityManager, quizId: string, questionIds: string[]): Promise<string[]> {
    await manager.query(
      `UPDATE quiz_attempt_questions aq
          SET content = q.content, points = q.points,
              option_order = ARRAY(SELECT o.id FROM unnest(aq.option_order) WITH ORDINALITY AS o(id, n)
                                    WHERE o.id = ANY(ids.all_ids) ORDER BY o.n)
                          || ARRAY(SELECT i FROM unnest(ids.all_ids) AS i WHERE i <> ALL(aq.option_order) ORDER BY random())
         FROM quiz_attempts a, questions q,
              LATERAL (SELECT ARRAY(SELECT (e->>'id')::uuid
                                      FROM jsonb_array_elements(COALESCE(q.content->'options', q.content->'items', '[]')) AS e)
                                AS all_ids) ids
        WHERE a.id = aq.attempt_id AND a.quiz_id = $1 AND q.id = aq.question_id AND aq.question_id = ANY($2::uuid[])
          AND q.deleted_at IS NULL AND q.type = aq.content->>'type'
          AND (aq.content IS DISTINCT FROM q.content OR aq.points <> q.points)`,
      [quizId, questionIds],
    );
    const kept: { id: string }[] = await manager.query(
      `SELECT DISTINCT q.id FROM quiz_attempts a
         JOIN quiz_attempt_questions aq ON aq.attempt_id = a.id
         JOIN questions q ON q.id = aq.question_id
        WHERE a.quiz_id = $1 AND aq.question_id = ANY($2::uuid[])
          AND (q.deleted_at IS NOT NULL OR q.type <> aq.content->>'type')
        ORDER BY 1`,
      [quizId, questionIds],
    );
    return kept.map((r) => r.id);
  }

  /** The submitted attempts that drew one of these questions (the caller holds their locks). */
  async submittedAttemptsDrawing(
    manager: EntityManager,
    quizId: string,
    questionIds: string[],
  ): Promise<GradedAttempt[]> {
    return manager.query(
      `SELECT a.id, a.enrolment_id AS "enrolmentId", a.answers, a.score::float8 AS score,
              a.max_score::float8 AS "maxScore", a.percent::float8 AS percent, a.passed
         FROM quiz_attempts a
        WHERE a.quiz_id = $1 AND a.status = 'submitted'
          AND EXISTS (SELECT 1 FROM quiz_attempt_questions aq WHERE aq.attempt_id = a.id AND aq.question_id = ANY($2::uuid[]))
        ORDER BY a.id`,
      [quizId, questionIds],
    );
  }

  /** The snapshot questions of these attempts, by attempt. */
  async snapshots(manager: EntityManager, attemptIds: string[]): Promise<Map<string, SnapshotQuestion[]>> {
    const rows: (SnapshotQuestion & { attemptId: string })[] = await manager.query(
      `SELECT attempt_id AS "attemptId", position, question_id AS "questionId", points, content,
              score::float8 AS score, outcome
         FROM quiz_attempt_questions WHERE attempt_id = ANY($1::uuid[]) ORDER BY attempt_id, position`,
      [attemptIds],
    );
    const byAttempt = new Map<string, SnapshotQuestion[]>();
    for (const { attemptId, ...question } of rows) {
      const list = byAttempt.get(attemptId) ?? [];
      list.push(question);
      byAttempt.set(attemptId, list);
    }
    return byAttempt;
  }

  /** Stores new grades, question by question and in total, in two statements whatever their number. */
  async storeRegrades(manager: EntityManager, regrades: AttemptRegrade[], requestId: string): Promise<void> {
    if (regrades.length === 0) return;
    const questions = regrades.flatMap((r) => r.questions.map((q) => ({ attemptId: r.id, ...q })));
    await manager.query(
      `UPDATE quiz_attempt_questions aq SET score = g.score, outcome = g.outcome
         FROM unnest($1::uuid[], $2::int[], $3::numeric[], $4::text[]) AS g(attempt_id, position, score, outcome)
        WHERE aq.attempt_id = g.attempt_id AND aq.position = g.position`,
      [
        questions.map((q) => q.attemptId),
        questions.map((q) => q.position),
        questions.map((q) => q.score),
        questions.map((q) => q.outcome),
      ],
    );
    await manager.query(
      `UPDATE quiz_attempts a SET score = g.score, max_score = g.max_score, percent = g.percent, passed = g.passed,
              regraded_at = now(), last_request_id = $6
         FROM unnest($1::uuid[], $2::numeric[], $3::numeric[], $4::numeric[], $5::boolean[])
              AS g(id, score, max_score, percent, passed)
        WHERE a.id = g.id`,
      [
        regrades.map((r) => r.id),
        regrades.map((r) => r.score),
        regrades.map((r) => r.maxScore),
        regrades.map((r) => r.percent),
        regrades.map((r) => r.passed),
        requestId,
      ],
    );
  }

  /** When her earliest passing attempt under this enrolment was graded; null when none passes. */
  async firstPass(manager: EntityManager, quizId: string, enrolmentId: string): Promise<Date | null> {
    const rows: { at: Date | null }[] = await manager.query(
      `SELECT min(graded_as_of) AS at FROM quiz_attempts
        WHERE quiz_id = $1 AND enrolment_id = $2 AND status = 'submitted' AND passed`,
      [quizId, enrolmentId],
    );
    return rows[0]?.at ?? null;
  }
}
