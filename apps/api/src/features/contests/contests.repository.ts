import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ContestBody, ContestWithdrawalView, DrawRule, MyContest, ReviewPolicy } from '@sen/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { pageClause } from '../../core/database/sql-fragments';

export interface ContestUnit {
  id: string;
  name: string;
  path: string;
}

/** A contest as stored, with what scope checks need: its course's owner and its units' paths. */
export interface ContestRow {
  id: string;
  title: string;
  courseId: string;
  courseTitle: string;
  ownerUnitId: string;
  ownerPath: string;
  units: ContestUnit[];
  bankId: string;
  draw: DrawRule[];
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  passMark: number;
  maxAttempts: number;
  timeLimitSeconds: number;
  opensAt: Date;
  closesAt: Date;
  review: ReviewPolicy;
  frozenAt: Date | null;
  updatedAt: Date;
  participants: number;
  now: Date;
}

// The course is named by its draft's title while there is one, else its latest published version's (as in courses).
const CONTEST_SELECT = `
  SELECT q.id, q.title, q.course_id AS "courseId", shown.title AS "courseTitle",
         o.id AS "ownerUnitId", o.path AS "ownerPath",
         COALESCE((SELECT json_agg(json_build_object('id', u.id, 'name', u.name, 'path', u.path)
                                   ORDER BY array_position(q.unit_ids, u.id))
                     FROM units u WHERE u.id = ANY(q.unit_ids)), '[]') AS units,
         q.bank_id AS "bankId", q.draw, q.shuffle_questions AS "shuffleQuestions",
         q.shuffle_options AS "shuffleOptions", q.pass_mark AS "passMark", q.max_attempts AS "maxAttempts",
         q.time_limit_seconds AS "timeLimitSeconds", q.opens_at AS "opensAt", q.closes_at AS "closesAt", q.review,
         q.frozen_at AS "frozenAt", q.updated_at AS "updatedAt",
         (SELECT count(DISTINCT a.person_id)::int FROM quiz_attempts a WHERE a.quiz_id = q.id) AS participants,
         now() AS now
    FROM quizzes q
    JOIN courses c ON c.id = q.course_id
    JOIN units o ON o.id = c.owner_unit_id
    JOIN LATERAL (SELECT v.title FROM course_versions v WHERE v.course_id = c.id
                   ORDER BY (v.status = 'draft') DESC, v.version_no DESC LIMIT 1) shown ON true`;

/**
 * A contest is visible to staff whose scope overlaps it: its course's owner unit lies in their scope, or
 * one of its units' subtrees overlaps their scope (a unit inside it, or their scope inside the unit).
 * `$1` holds the scope roots' paths.
 */
const OVERLAPS_SCOPE = `
  (o.path LIKE ANY(SELECT root || '%' FROM unnest($1::text[]) AS root)
   OR EXISTS (SELECT 1 FROM units u, unnest($1::text[]) AS root
               WHERE u.id = ANY(q.unit_ids) AND (u.path LIKE root || '%' OR root LIKE u.path || '%')))`;

interface MyContestRow extends Omit<MyContest, 'opensAt' | 'closesAt' | 'status' | 'questionCount'> {
  opensAt: Date;
  closesAt: Date;
  draw: DrawRule[];
  now: Date;
}

@Injectable()
export class ContestsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async find(id: string, manager: EntityManager = this.db.manager): Promise<ContestRow | null> {
    const rows: ContestRow[] = await manager.query(`${CONTEST_SELECT} WHERE q.id = $1 AND q.kind = 'contest'`, [id]);
    return rows[0] ?? null;
  }

  /**
   * Locks the contest row against other changes and the freezing of its result (not against attempts:
   * `NO KEY UPDATE` lets attempts keep referring to it).
   */
  async lock(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`SELECT 1 FROM quizzes WHERE id = $1 FOR NO KEY UPDATE`, [id]);
  }

  async list(scopeRoots: string[], page: number, pageSize: number): Promise<{ rows: ContestRow[]; total: number }> {
    const params: unknown[] = [scopeRoots];
    const paging = pageClause(params, page, pageSize);
    const rows: (ContestRow & { total: number })[] = await this.db.query(
      `${CONTEST_SELECT.replace('SELECT q.id,', 'SELECT count(*) OVER ()::int AS total, q.id,')}
        WHERE q.kind = 'contest' AND ${OVERLAPS_SCOPE}
        ORDER BY q.opens_at DESC, q.id ${paging}`,
      params,
    );
    return { rows, total: rows[0]?.total ?? 0 };
  }

  /** Current units by id; missing or retired ones are left out. */
  async units(ids: string[], manager: EntityManager = this.db.manager): Promise<ContestUnit[]> {
    return manager.query(`SELECT id, name, path FROM units WHERE id = ANY($1::uuid[]) AND valid_to IS NULL`, [ids]);
  }

  async insert(manager: EntityManager, id: string, body: ContestBody, createdBy: string): Promise<void> {
    await manager.query(
      `INSERT INTO quizzes (id, kind, course_id, title, bank_id, draw, shuffle_questions, shuffle_options, pass_mark,
                            max_attempts, time_limit_seconds, opens_at, closes_at, review, unit_ids, created_by)
       VALUES ($1, 'contest', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [id, ...ruleValues(body), createdBy],
    );
  }

  async update(manager: EntityManager, id: string, body: ContestBody): Promise<void> {
    await manager.query(
      `UPDATE quizzes SET course_id = $2, title = $3, bank_id = $4, draw = $5, shuffle_questions = $6,
              shuffle_options = $7, pass_mark = $8, max_attempts = $9, time_limit_seconds = $10, opens_at = $11,
              closes_at = $12, review = $13, unit_ids = $14, updated_at = now()
        WHERE id = $1`,
      [id, ...ruleValues(body)],
    );
  }

  async withdrawals(id: string): Promise<ContestWithdrawalView[]> {
    const rows: (Omit<ContestWithdrawalView, 'withdrawnAt'> & { withdrawnAt: Date })[] = await this.db.query(
      `SELECT json_build_object('id', p.id, 'name', p.full_name) AS person, w.reason,
              w.withdrawn_at AS "withdrawnAt", bp.full_name AS "withdrawnBy"
         FROM contest_withdrawals w
         JOIN people p ON p.id = w.person_id
         JOIN users b ON b.id = w.withdrawn_by JOIN people bp ON bp.id = b.person_id
        WHERE w.quiz_id = $1 ORDER BY w.withdrawn_at DESC, p.full_name`,
      [id],
    );
    return rows.map((row) => ({ ...row, withdrawnAt: row.withdrawnAt.toISOString() }));
  }

  /**
   * A person who may be withdrawn: she has attempted the contest, or her current unit lies in one of
   * its units' subtrees. Her name, or null when she is neither.
   */
  async contestant(manager: EntityManager, id: string, personId: string): Promise<{ name: string } | null> {
    const rows: { name: string }[] = await manager.query(
      `SELECT p.full_name AS name FROM people p, quizzes q
        WHERE p.id = $2 AND q.id = $1
          AND (EXISTS (SELECT 1 FROM quiz_attempts a WHERE a.quiz_id = q.id AND a.person_id = p.id)
               OR EXISTS (SELECT 1 FROM memberships m JOIN units mu ON mu.id = m.unit_id
                            JOIN units cu ON cu.id = ANY(q.unit_ids)
                           WHERE m.person_id = p.id AND m.valid_to IS NULL AND mu.path LIKE cu.path || '%'))`,
      [id, personId],
    );
    return rows[0] ?? null;
  }

  /** Records a withdrawal; false when she was withdrawn already. */
  async withdraw(
    manager: EntityManager,
    withdrawal: { id: string; personId: string; reason: string; by: string },
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO contest_withdrawals (quiz_id, person_id, reason, withdrawn_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT pk_contest_withdrawals DO NOTHING RETURNING 1`,
      [withdrawal.id, withdrawal.personId, withdrawal.reason, withdrawal.by],
    );
    return rows.length > 0;
  }

  /** Whether the person's current unit lies in one of the contest's units' subtrees, or she has attempted it. */
  async isParticipant(id: string, personId: string): Promise<boolean> {
    return (await this.contestant(this.db.manager, id, personId)) !== null;
  }

  /**
   * Contests her current unit is in, which have not closed more than `recentDays` ago, with her
   * attempts. Soonest closing first among those not closed, then the recently closed.
   */
  async mine(personId: string, recentDays: number): Promise<MyContestRow[]> {
    return this.db.query(
      `SELECT q.id, q.title, q.opens_at AS "opensAt", q.closes_at AS "closesAt",
              q.time_limit_seconds / 60 AS "timeLimitMinutes", q.draw, q.max_attempts AS "maxAttempts",
              q.frozen_at IS NOT NULL AS frozen,
              json_build_object(
                'state', CASE WHEN w.person_id IS NOT NULL THEN 'withdrawn'
                              WHEN a.in_progress > 0 THEN 'in_progress'
                              WHEN a.submitted > 0 THEN 'submitted'
                              ELSE 'not_started' END,
                'attempts', COALESCE(a.total, 0),
                'bestPercent', a.best) AS me,
              now() AS now
         FROM memberships m
         JOIN units mu ON mu.id = m.unit_id
         JOIN quizzes q ON q.kind = 'contest' AND q.closes_at > now() - make_interval(days => $2)
                       AND EXISTS (SELECT 1 FROM units cu WHERE cu.id = ANY(q.unit_ids) AND mu.path LIKE cu.path || '%')
         LEFT JOIN contest_withdrawals w ON w.quiz_id = q.id AND w.person_id = m.person_id
         LEFT JOIN LATERAL (
           SELECT count(*)::int AS total, count(*) FILTER (WHERE a.status = 'in_progress')::int AS in_progress,
                  count(*) FILTER (WHERE a.status = 'submitted')::int AS submitted,
                  max(a.percent)::float8 AS best
             FROM quiz_attempts a WHERE a.quiz_id = q.id AND a.person_id = m.person_id) a ON true
        WHERE m.person_id = $1 AND m.valid_to IS NULL
        ORDER BY q.closes_at <= now(), CASE WHEN q.closes_at > now() THEN q.closes_at END,
                 q.closes_at DESC, q.id`,
      [personId, recentDays],
    );
  }
}

function ruleValues(body: ContestBody): unknown[] {
  return [
    body.courseId,
    body.title,
    body.bankId,
    JSON.stringify(body.draw),
    body.shuffleQuestions,
    body.shuffleOptions,
    body.passMark,
    body.maxAttempts,
    body.timeLimitMinutes * 60,
    body.opensAt,
    body.closesAt,
    body.review,
    body.unitIds,
  ];
}
