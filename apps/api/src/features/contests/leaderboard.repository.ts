import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LeaderboardLevel, UnitStanding } from '@sen/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { FrozenBoards, PersonEntry } from './leaderboard-snapshot';

/** A page of a board; `null` reads the whole board (to freeze or export it). */
export interface Window {
  limit: number;
  offset: number;
}

/**
 * Each person's best submitted attempt, withdrawn people left out: highest percent, then shortest time
 * (whole seconds from its start to the moment it was graded as of, so a late one counts up to its
 * deadline), then earliest submission.
 */
const BEST = `
  best AS (
    SELECT DISTINCT ON (a.person_id) a.person_id, a.unit_id, a.percent::float8 AS percent,
           floor(extract(epoch FROM a.graded_as_of - a.started_at))::int AS time_seconds, a.submitted_at
      FROM quiz_attempts a
     WHERE a.quiz_id = $1 AND a.status = 'submitted'
       AND NOT EXISTS (SELECT 1 FROM contest_withdrawals w WHERE w.quiz_id = a.quiz_id AND w.person_id = a.person_id)
     ORDER BY a.person_id, a.percent DESC, floor(extract(epoch FROM a.graded_as_of - a.started_at)), a.submitted_at
  )`;

/** The ancestor-or-self of the unit aliased `u` at a level (by code), as `{id, name}` (jsonb, so it can be grouped by), or null. */
function ancestorAt(levelParam: string): string {
  return `(SELECT jsonb_build_object('id', x.id, 'name', x.name)
             FROM units x JOIN unit_levels xl ON xl.id = x.level_id
            WHERE x.id = ANY(string_to_array(trim(BOTH '/' FROM u.path), '/')::uuid[]) AND xl.code = ${levelParam}
            ORDER BY x.depth DESC LIMIT 1)`;
}

// Standard competition ranking: equal percent and equal time share a rank (1, 1, 3); within a shared
// rank the earlier submission is listed first.
const PERSON_RANKED = `
  ${BEST},
  ranked AS (
    SELECT b.*, rank() OVER (ORDER BY b.percent DESC, b.time_seconds)::int AS rank,
           row_number() OVER (ORDER BY b.percent DESC, b.time_seconds, b.submitted_at, b.person_id) AS position
      FROM best b
  )`;

const PERSON_ENTRY = `
  json_build_object('rank', r.rank, 'person', json_build_object('id', p.id, 'name', p.full_name),
                    'unit', json_build_object('id', u.id, 'name', u.name),
                    'branch', ${ancestorAt(`'branch'`)}, 'commune', ${ancestorAt(`'commune'`)},
                    'percent', r.percent, 'timeSeconds', r.time_seconds, 'submittedAt', r.submitted_at)`;

interface PersonBoardRow {
  participants: number;
  items: PersonEntry[];
  me: PersonEntry | null;
}

interface UnitBoardRow {
  participants: number;
  total: number;
  items: UnitStanding[];
}

@Injectable()
export class LeaderboardRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The person board computed from the attempts now, with the row of `meId` wherever it is. */
  async persons(
    quizId: string,
    window: Window | null,
    meId: string | null,
    manager: EntityManager = this.db.manager,
  ): Promise<PersonBoardRow> {
    const [row] = await manager.query<PersonBoardRow[]>(
      `WITH ${PERSON_RANKED},
       shown AS (SELECT * FROM ranked ORDER BY position LIMIT $2 OFFSET $3)
       SELECT (SELECT count(*)::int FROM best) AS participants,
              COALESCE((SELECT json_agg(${PERSON_ENTRY} ORDER BY r.position)
                          FROM shown r JOIN people p ON p.id = r.person_id JOIN units u ON u.id = r.unit_id), '[]') AS items,
              (SELECT ${PERSON_ENTRY}
                 FROM ranked r JOIN people p ON p.id = r.person_id JOIN units u ON u.id = r.unit_id
                WHERE r.person_id = $4) AS me`,
      [quizId, window?.limit ?? null, window?.offset ?? 0, meId],
    );
    return { participants: row!.participants, items: row!.items.map(normalise), me: row!.me && normalise(row!.me) };
  }

  /**
   * The unit board: participants grouped by the ancestor at `level` of the unit of their best attempt
   * (null for those in a unit above that level), ranked by mean best percent (two decimals), then mean
   * time (whole seconds); equal on both share a rank.
   */
  async units(
    quizId: string,
    level: LeaderboardLevel,
    window: Window | null,
    manager: EntityManager = this.db.manager,
  ): Promise<UnitBoardRow> {
    const [row] = await manager.query<UnitBoardRow[]>(
      `WITH ${BEST},
       grouped AS (
         SELECT ${ancestorAt('$2')} AS unit, count(*)::int AS participants,
                round(avg(b.percent)::numeric, 2)::float8 AS mean_percent,
                round(avg(b.time_seconds))::int AS mean_time
           FROM best b JOIN units u ON u.id = b.unit_id
          GROUP BY 1
       ),
       ranked AS (
         SELECT g.*, rank() OVER (ORDER BY g.mean_percent DESC, g.mean_time)::int AS rank,
                row_number() OVER (ORDER BY g.mean_percent DESC, g.mean_time, g.unit IS NULL, g.unit->>'name', g.unit->>'id')
                  AS position
           FROM grouped g
       )
       SELECT (SELECT count(*)::int FROM best) AS participants, (SELECT count(*)::int FROM ranked) AS total,
              COALESCE((SELECT json_agg(json_build_object('rank', r.rank, 'unit', r.unit, 'participants', r.participants,
                                                          'meanPercent', r.mean_percent, 'meanTimeSeconds', r.mean_time)
                                        ORDER BY r.position)
                          FROM (SELECT * FROM ranked ORDER BY position LIMIT $3 OFFSET $4) r), '[]') AS items`,
      [quizId, level, window?.limit ?? null, window?.offset ?? 0],
    );
    return row!;
  }

  async frozen(quizId: string): Promise<{ boards: FrozenBoards; frozenAt: Date } | null> {
    const rows: { boards: FrozenBoards; frozenAt: Date }[] = await this.db.query(
      `SELECT leaderboard AS boards, frozen_at AS "frozenAt" FROM quizzes WHERE id = $1 AND frozen_at IS NOT NULL`,
      [quizId],
    );
    return rows[0] ?? null;
  }

  async isFrozen(manager: EntityManager, quizId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM quizzes WHERE id = $1 AND frozen_at IS NOT NULL`, [
      quizId,
    ]);
    return rows.length > 0;
  }

  /** Stores the final boards unless another request did first; true when this one did. */
  async freeze(manager: EntityManager, quizId: string, boards: FrozenBoards): Promise<boolean> {
    const rows = await manager.query<[unknown[], number]>(
      `UPDATE quizzes SET leaderboard = $2, frozen_at = now() WHERE id = $1 AND frozen_at IS NULL RETURNING id`,
      [quizId, JSON.stringify(boards)],
    );
    return rows[1] === 1;
  }
}

/** `json_build_object` writes timestamps in Postgres's form; the contract's is ISO 8601 in UTC. */
function normalise(entry: PersonEntry): PersonEntry {
  return { ...entry, submittedAt: new Date(entry.submittedAt).toISOString() };
}
