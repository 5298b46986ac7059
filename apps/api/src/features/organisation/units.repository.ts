import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { foldForSearch, type UnitLevelView } from '@sen/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { escapeLike } from '../../core/database/sql-fragments';

export interface UnitRow {
  id: string;
  name: string;
  parentId: string | null;
  path: string;
  depth: number;
  validFrom: Date;
  level: { id: string; code: string; nameVi: string; nameEn: string; rank: number };
  childCount: number;
  memberCount: number;
}

const UNIT_COLUMNS = `
  u.id, u.name, u.parent_id AS "parentId", u.path, u.depth, u.valid_from AS "validFrom",
  json_build_object('id', l.id, 'code', l.code, 'nameVi', l.name_vi, 'nameEn', l.name_en, 'rank', l.rank) AS level,
  (SELECT count(*)::int FROM units c WHERE c.parent_id = u.id AND c.valid_to IS NULL) AS "childCount",
  (SELECT count(*)::int FROM memberships m JOIN units mu ON mu.id = m.unit_id
    WHERE m.valid_to IS NULL AND mu.path LIKE u.path || '%') AS "memberCount"`;

/** Units and their levels. A subtree is `path LIKE '<root path>%'`, served by ix_units_path_prefix. */
@Injectable()
export class UnitsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findById(id: string, manager: EntityManager = this.db.manager): Promise<UnitRow | null> {
    const rows: UnitRow[] = await manager.query(
      `SELECT ${UNIT_COLUMNS} FROM units u JOIN unit_levels l ON l.id = u.level_id WHERE u.id = $1 AND u.valid_to IS NULL`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Locks the unit row, serialising changes that count things under it (reserves, moves). */
  async lockPath(
    id: string,
    manager: EntityManager,
  ): Promise<{ id: string; path: string; name: string; rank: number } | null> {
    const rows: { id: string; path: string; name: string; rank: number }[] = await manager.query(
      `SELECT u.id, u.path, u.name, l.rank FROM units u JOIN unit_levels l ON l.id = u.level_id
        WHERE u.id = $1 AND u.valid_to IS NULL FOR UPDATE OF u`,
      [id],
    );
    return rows[0] ?? null;
  }

  async findPath(id: string): Promise<string | null> {
    const rows: { path: string }[] = await this.db.query(`SELECT path FROM units WHERE id = $1 AND valid_to IS NULL`, [
      id,
    ]);
    return rows[0]?.path ?? null;
  }

  async names(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.db.query(`SELECT id, name FROM units WHERE id = ANY($1)`, [
      ids,
    ]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async listChildren(parentId: string, page: number, pageSize: number): Promise<{ rows: UnitRow[]; total: number }> {
    return this.paged(`u.parent_id = $1`, [parentId], page, pageSize);
  }

  async listByPaths(paths: string[], page: number, pageSize: number): Promise<{ rows: UnitRow[]; total: number }> {
    return this.paged(`u.path = ANY($1)`, [paths], page, pageSize);
  }

  async search(
    patterns: string[],
    text: string,
    page: number,
    pageSize: number,
  ): Promise<{ rows: UnitRow[]; total: number }> {
    return this.paged(
      `u.path LIKE ANY($1) AND u.name_search LIKE $2`,
      [patterns, `%${escapeLike(foldForSearch(text))}%`],
      page,
      pageSize,
    );
  }

  private async paged(
    where: string,
    params: unknown[],
    page: number,
    pageSize: number,
  ): Promise<{ rows: UnitRow[]; total: number }> {
    const n = params.length;
    const rows: (UnitRow & { total: number })[] = await this.db.query(
      `SELECT ${UNIT_COLUMNS}, count(*) OVER ()::int AS total
         FROM units u JOIN unit_levels l ON l.id = u.level_id
        WHERE u.valid_to IS NULL AND ${where}
        ORDER BY u.depth, u.name_search, u.id
        LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return { rows, total: rows[0]?.total ?? (page > 1 ? await this.count(where, params) : 0) };
  }

  private async count(where: string, params: unknown[]): Promise<number> {
    const rows: { total: number }[] = await this.db.query(
      `SELECT count(*)::int AS total FROM units u WHERE u.valid_to IS NULL AND ${where}`,
      params,
    );
    return rows[0]?.total ?? 0;
  }

  async insert(
    manager: EntityManager,
    unit: { id: string; parentId: string; levelId: string; name: string; path: string; depth: number },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO units (id, parent_id, level_id, name, name_search, path, depth) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [unit.id, unit.parentId, unit.levelId, unit.name, foldForSearch(unit.name), unit.path, unit.depth],
    );
  }

  /** Keeps the state being replaced as a history row, valid until now. */
  async archive(manager: EntityManager, unitId: string, change: 'rename' | 'move', now: Date): Promise<void> {
    await manager.query(
      `INSERT INTO unit_history (unit_id, change, name, parent_id, path, valid_from, valid_to)
       SELECT id, $2, name, parent_id, path,
              COALESCE((SELECT max(h.valid_to) FROM unit_history h WHERE h.unit_id = units.id), valid_from), $3
         FROM units WHERE id = $1`,
      [unitId, change, now],
    );
  }

  async rename(manager: EntityManager, id: string, name: string): Promise<void> {
    await manager.query(`UPDATE units SET name = $2, name_search = $3, updated_at = now() WHERE id = $1`, [
      id,
      name,
      foldForSearch(name),
    ]);
  }

  /** Re-roots a subtree: every descendant's path and depth follow in one statement. */
  async move(manager: EntityManager, id: string, newParentId: string, oldPath: string, newPath: string): Promise<void> {
    const depthDelta = newPath.split('/').length - oldPath.split('/').length;
    await manager.query(
      `UPDATE units SET path = $3 || substr(path, length($2) + 1), depth = depth + $4, updated_at = now(),
                        parent_id = CASE WHEN id = $1 THEN $5::uuid ELSE parent_id END
        WHERE path LIKE $6`,
      [id, oldPath, newPath, depthDelta, newParentId, `${escapeLike(oldPath)}%`],
    );
  }

  async ancestors(path: string, fromPath: string): Promise<{ id: string; name: string }[]> {
    // Ancestors strictly between the top of the caller's scope (inclusive) and the unit (exclusive).
    const ids = path.split('/').filter(Boolean).slice(0, -1);
    const visible = ids.slice(fromPath.split('/').filter(Boolean).length - 1);
    if (visible.length === 0) return [];
    const rows: { id: string; name: string }[] = await this.db.query(`SELECT id, name FROM units WHERE id = ANY($1)`, [
      visible,
    ]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return visible.flatMap((id) => byId.get(id) ?? []);
  }

  async listLevels(): Promise<UnitLevelView[]> {
    return this.db.query(
      `SELECT id, code, name_vi AS "nameVi", name_en AS "nameEn", rank FROM unit_levels ORDER BY rank`,
    );
  }

  async findLevel(id: string, manager: EntityManager = this.db.manager): Promise<UnitLevelView | null> {
    const rows: UnitLevelView[] = await manager.query(
      `SELECT id, code, name_vi AS "nameVi", name_en AS "nameEn", rank FROM unit_levels WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async insertLevel(manager: EntityManager, level: Omit<UnitLevelView, 'id'>): Promise<UnitLevelView> {
    const rows: UnitLevelView[] = await manager.query(
      `INSERT INTO unit_levels (code, name_vi, name_en, rank) VALUES ($1, $2, $3, $4)
       RETURNING id, code, name_vi AS "nameVi", name_en AS "nameEn", rank`,
      [level.code, level.nameVi, level.nameEn, level.rank],
    );
    return rows[0]!;
  }
}
