import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Locale, type Role, type RoleGrant, type UserView } from '@sen/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { pageClause, personSearchFilter } from '../../core/database/sql-fragments';

export type UserRow = Omit<UserView, 'lockedUntil' | 'lastSignInAt' | 'createdAt'> & {
  lockedUntil: Date | null;
  lastSignInAt: Date | null;
  createdAt: Date;
  unitPath: string;
};

const USER_SELECT = `
  SELECT u.id, u.email, u.phone, u.locale, u.disabled_at IS NOT NULL AS disabled,
         CASE WHEN u.locked_until > now() THEN u.locked_until END AS "lockedUntil",
         u.last_sign_in_at AS "lastSignInAt", u.created_at AS "createdAt",
         json_build_object('id', p.id, 'name', p.full_name) AS person,
         json_build_object('id', un.id, 'name', un.name) AS unit, un.path AS "unitPath",
         COALESCE((SELECT json_agg(json_build_object('role', g.role, 'unit', json_build_object('id', gu.id, 'name', gu.name))
                                   ORDER BY gu.path, g.role)
                     FROM role_grants g JOIN units gu ON gu.id = g.unit_id WHERE g.user_id = u.id), '[]') AS roles
    FROM users u
    JOIN people p ON p.id = u.person_id
    JOIN memberships m ON m.person_id = p.id AND m.valid_to IS NULL
    JOIN units un ON un.id = m.unit_id`;

/** Accounts: sign-in identifiers, password hashes, role grants, and the sessions they own. */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findById(id: string, manager: EntityManager = this.db.manager): Promise<UserRow | null> {
    const rows: UserRow[] = await manager.query(`${USER_SELECT} WHERE u.id = $1`, [id]);
    return rows[0] ?? null;
  }

  async list(
    patterns: string[],
    search: string | undefined,
    page: number,
    pageSize: number,
  ): Promise<{ rows: UserRow[]; total: number }> {
    const params: unknown[] = [patterns];
    const filter = personSearchFilter(params, search, 'u');
    const paging = pageClause(params, page, pageSize);
    const rows: (UserRow & { total: number })[] = await this.db.query(
      `${USER_SELECT.replace('SELECT u.id,', 'SELECT count(*) OVER ()::int AS total, u.id,')}
        WHERE un.path LIKE ANY($1) ${filter}
        ORDER BY p.name_search, u.id
        ${paging}`,
      params,
    );
    return { rows, total: rows[0]?.total ?? 0 };
  }

  async insert(
    manager: EntityManager,
    user: {
      id: string;
      personId: string;
      email: string | null;
      phone: string | null;
      passwordHash: string;
      locale: Locale;
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO users (id, person_id, email, phone, password_hash, locale) VALUES ($1, $2, $3, $4, $5, $6)`,
      [user.id, user.personId, user.email, user.phone, user.passwordHash, user.locale],
    );
  }

  async findTaken(manager: EntityManager, personId: string, email: string | null, phone: string | null) {
    const rows: { person: boolean; email: boolean; phone: boolean }[] = await manager.query(
      `SELECT bool_or(person_id = $1) AS person, bool_or(email = $2) AS email, bool_or(phone = $3) AS phone
         FROM users WHERE person_id = $1 OR email = $2 OR phone = $3`,
      [personId, email, phone],
    );
    return { person: rows[0]?.person === true, email: rows[0]?.email === true, phone: rows[0]?.phone === true };
  }

  async replaceGrants(manager: EntityManager, userId: string, grants: RoleGrant[]): Promise<void> {
    await manager.query(`DELETE FROM role_grants WHERE user_id = $1`, [userId]);
    await manager.query(
      `INSERT INTO role_grants (user_id, role, unit_id) SELECT $1, g.role, g.unit_id
         FROM unnest($2::text[], $3::uuid[]) AS g(role, unit_id)`,
      [userId, grants.map((g) => g.role), grants.map((g) => g.unitId)],
    );
  }

  async grantsOf(manager: EntityManager, userId: string): Promise<{ role: Role; unitId: string }[]> {
    return manager.query(
      `SELECT role, unit_id AS "unitId" FROM role_grants WHERE user_id = $1 ORDER BY role, unit_id`,
      [userId],
    );
  }

  /** Locks the account row: concurrent admin actions on one account apply one after the other. */
  async lock(
    manager: EntityManager,
    id: string,
  ): Promise<{ id: string; unitPath: string; unitId: string; passwordHash: string } | null> {
    const rows: { id: string; unitPath: string; unitId: string; passwordHash: string }[] = await manager.query(
      `SELECT u.id, un.path AS "unitPath", un.id AS "unitId", u.password_hash AS "passwordHash"
         FROM users u JOIN memberships m ON m.person_id = u.person_id AND m.valid_to IS NULL JOIN units un ON un.id = m.unit_id
        WHERE u.id = $1 FOR UPDATE OF u`,
      [id],
    );
    return rows[0] ?? null;
  }

  async setDisabled(manager: EntityManager, id: string, disabled: boolean): Promise<void> {
    await manager.query(
      `UPDATE users SET disabled_at = CASE WHEN $2 THEN COALESCE(disabled_at, now()) END, updated_at = now() WHERE id = $1`,
      [id, disabled],
    );
  }

  async setPassword(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    await manager.query(
      `UPDATE users SET password_hash = $2, failed_sign_ins = 0, locked_until = NULL, updated_at = now() WHERE id = $1`,
      [id, passwordHash],
    );
  }

  async setLocale(manager: EntityManager, id: string, locale: Locale): Promise<void> {
    await manager.query(`UPDATE users SET locale = $2, updated_at = now() WHERE id = $1`, [id, locale]);
  }

  /** Ends the account's sessions, optionally keeping the one making the request. */
  async endSessions(manager: EntityManager, userId: string, exceptSessionId?: string): Promise<void> {
    await manager.query(`DELETE FROM sessions WHERE user_id = $1 AND id IS DISTINCT FROM $2`, [
      userId,
      exceptSessionId ?? null,
    ]);
  }
}
