import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@sen/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { preparedQuery, type PreparedStatement } from '../../core/database/prepared-query';

export interface SessionRow {
  id: string;
  userId: string;
  personId: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  disabledAt: Date | null;
  grants: { role: Role; unitId: string; unitPath: string }[];
}

export interface AccountRow {
  id: string;
  personId: string;
  passwordHash: string;
  disabledAt: Date | null;
  failedSignIns: number;
  lockedUntil: Date | null;
  unitId: string | null;
}

/** Every signed-in request runs this, so it is a prepared statement. */
const FIND_SESSION: PreparedStatement = {
  name: 'find-session',
  text: `SELECT s.id, s.user_id AS "userId", u.person_id AS "personId", s.csrf_token AS "csrfToken",
              s.created_at AS "createdAt", s.last_seen_at AS "lastSeenAt", s.expires_at AS "expiresAt",
              u.disabled_at AS "disabledAt",
              COALESCE(json_agg(json_build_object('role', g.role, 'unitId', g.unit_id, 'unitPath', gu.path))
                       FILTER (WHERE g.id IS NOT NULL), '[]') AS grants
         FROM sessions s
         JOIN users u ON u.id = s.user_id
         LEFT JOIN role_grants g ON g.user_id = u.id
         LEFT JOIN units gu ON gu.id = g.unit_id
        WHERE s.id = $1
        GROUP BY s.id, u.id`,
};

@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findSession(id: string): Promise<SessionRow | null> {
    const rows = await preparedQuery<SessionRow>(this.db.manager, FIND_SESSION, [id]);
    return rows[0] ?? null;
  }

  async touch(id: string, now: Date): Promise<void> {
    await this.db.query(`UPDATE sessions SET last_seen_at = $2 WHERE id = $1`, [id, now]);
  }

  async create(
    manager: EntityManager,
    row: { id: string; userId: string; csrfToken: string; expiresAt: Date; ip: string; userAgent: string | null },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO sessions (id, user_id, csrf_token, expires_at, ip, user_agent) VALUES ($1, $2, $3, $4, $5, $6)`,
      [row.id, row.userId, row.csrfToken, row.expiresAt, row.ip, row.userAgent],
    );
  }

  async delete(id: string, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(`DELETE FROM sessions WHERE id = $1`, [id]);
  }

  /** Removes sessions past their absolute or idle expiry; returns how many. */
  async purgeExpired(now: Date, idleMs: number): Promise<number> {
    const result: [unknown, number] = await this.db.query(
      `DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $1::timestamptz - ($2 || ' milliseconds')::interval`,
      [now, String(idleMs)],
    );
    return result[1];
  }

  /** The account for an identifier, locked for update so concurrent failures count exactly. */
  async findAccountForSignIn(
    manager: EntityManager,
    identifier: { email?: string; phone?: string },
  ): Promise<AccountRow | null> {
    const rows: AccountRow[] = await manager.query(
      `SELECT u.id, u.person_id AS "personId", u.password_hash AS "passwordHash", u.disabled_at AS "disabledAt",
              u.failed_sign_ins AS "failedSignIns", u.locked_until AS "lockedUntil",
              (SELECT m.unit_id FROM memberships m WHERE m.person_id = u.person_id AND m.valid_to IS NULL) AS "unitId"
         FROM users u
        WHERE ($1::text IS NOT NULL AND u.email = $1) OR ($2::text IS NOT NULL AND u.phone = $2)
        FOR UPDATE OF u`,
      [identifier.email ?? null, identifier.phone ?? null],
    );
    return rows[0] ?? null;
  }

  async recordFailure(manager: EntityManager, userId: string, lockedUntil: Date | null): Promise<void> {
    await manager.query(
      `UPDATE users SET failed_sign_ins = CASE WHEN $2::timestamptz IS NULL THEN failed_sign_ins + 1 ELSE 0 END,
                        locked_until = COALESCE($2, locked_until), updated_at = now()
        WHERE id = $1`,
      [userId, lockedUntil],
    );
  }

  async recordSuccess(manager: EntityManager, userId: string, now: Date): Promise<void> {
    await manager.query(
      `UPDATE users SET failed_sign_ins = 0, locked_until = NULL, last_sign_in_at = $2, updated_at = now() WHERE id = $1`,
      [userId, now],
    );
  }
}
