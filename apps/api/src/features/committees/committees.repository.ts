import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { foldForSearch, type CommitteeKind, type CommitteeSummary, type Ref } from '@sen/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { escapeLike, pageClause } from '../../core/database/sql-fragments';

export interface CommitteeRow extends Omit<CommitteeSummary, 'archivedAt' | 'createdAt' | 'updatedAt'> {
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** Materialised path of the managing unit: what scope checks compare with. */
  unitPath: string;
}

/** A unit named as covered, with its path for the subtree and scope checks. */
export interface UnitPathRow extends Ref {
  path: string;
}

const COMMITTEE_SELECT = `
  SELECT c.id, c.name, c.kind, c.archived_at AS "archivedAt", c.created_at AS "createdAt", c.updated_at AS "updatedAt",
         json_build_object('id', u.id, 'name', u.name) AS unit, u.path AS "unitPath",
         COALESCE((SELECT json_agg(json_build_object('id', cu.id, 'name', cu.name) ORDER BY cu.path)
                     FROM committee_units x JOIN units cu ON cu.id = x.unit_id WHERE x.committee_id = c.id), '[]') AS units,
         (SELECT count(*)::int FROM committee_recipients r WHERE r.committee_id = c.id AND r.removed_at IS NULL)
           AS "recipientCount",
         (SELECT count(*)::int FROM report_schedules s WHERE s.committee_id = c.id AND s.enabled) AS "enabledScheduleCount"
    FROM committees c
    JOIN units u ON u.id = c.unit_id`;

/** Committees and the units they cover. */
@Injectable()
export class CommitteesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findById(id: string, manager: EntityManager = this.db.manager): Promise<CommitteeRow | null> {
    const rows: CommitteeRow[] = await manager.query(`${COMMITTEE_SELECT} WHERE c.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Locks the committee row: changes to it, its recipients and its schedules apply one after the other. */
  async lock(
    manager: EntityManager,
    id: string,
  ): Promise<{ id: string; unitId: string; unitPath: string; archived: boolean } | null> {
    const rows: { id: string; unitId: string; unitPath: string; archived: boolean }[] = await manager.query(
      `SELECT c.id, c.unit_id AS "unitId", u.path AS "unitPath", c.archived_at IS NOT NULL AS archived
         FROM committees c JOIN units u ON u.id = c.unit_id WHERE c.id = $1 FOR UPDATE OF c`,
      [id],
    );
    return rows[0] ?? null;
  }

  async list(
    patterns: string[],
    query: { search?: string; state: 'active' | 'archived'; page: number; pageSize: number },
  ): Promise<{ rows: CommitteeRow[]; total: number }> {
    const params: unknown[] = [patterns, query.state === 'archived'];
    let filter = '';
    if (query.search !== undefined) {
      params.push(`%${escapeLike(foldForSearch(query.search))}%`);
      filter = `AND c.name_search LIKE $${params.length}`;
    }
    const paging = pageClause(params, query.page, query.pageSize);
    const rows: (CommitteeRow & { total: number })[] = await this.db.query(
      `${COMMITTEE_SELECT.replace('SELECT c.id,', 'SELECT count(*) OVER ()::int AS total, c.id,')}
        WHERE u.path LIKE ANY($1) AND (c.archived_at IS NOT NULL) = $2 ${filter}
        ORDER BY u.depth, u.name_search, c.name_search, c.id
        ${paging}`,
      params,
    );
    return { rows, total: rows[0]?.total ?? 0 };
  }

  async insert(
    manager: EntityManager,
    committee: { id: string; unitId: string; name: string; kind: CommitteeKind },
  ): Promise<void> {
    await manager.query(`INSERT INTO committees (id, unit_id, name, name_search, kind) VALUES ($1, $2, $3, $4, $5)`, [
      committee.id,
      committee.unitId,
      committee.name,
      foldForSearch(committee.name),
      committee.kind,
    ]);
  }

  async update(manager: EntityManager, id: string, change: { name?: string; kind?: CommitteeKind }): Promise<void> {
    await manager.query(
      `UPDATE committees SET name = COALESCE($2, name), name_search = COALESCE($3, name_search),
              kind = COALESCE($4, kind), updated_at = now()
        WHERE id = $1`,
      [id, change.name ?? null, change.name === undefined ? null : foldForSearch(change.name), change.kind ?? null],
    );
  }

  async archive(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE committees SET archived_at = now(), updated_at = now() WHERE id = $1`, [id]);
  }

  async coveredUnitIds(manager: EntityManager, id: string): Promise<string[]> {
    const rows: { unitId: string }[] = await manager.query(
      `SELECT unit_id AS "unitId" FROM committee_units WHERE committee_id = $1 ORDER BY unit_id`,
      [id],
    );
    return rows.map((r) => r.unitId);
  }

  async replaceCoveredUnits(manager: EntityManager, id: string, unitIds: string[]): Promise<void> {
    await manager.query(`DELETE FROM committee_units WHERE committee_id = $1`, [id]);
    await manager.query(`INSERT INTO committee_units (committee_id, unit_id) SELECT $1, unnest($2::uuid[])`, [
      id,
      unitIds,
    ]);
  }

  /** Current units among `ids`, with their paths; retired or unknown ids are absent. */
  async unitPaths(manager: EntityManager, ids: string[]): Promise<Map<string, UnitPathRow>> {
    const rows: UnitPathRow[] = await manager.query(
      `SELECT id, name, path FROM units WHERE id = ANY($1::uuid[]) AND valid_to IS NULL`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  async scheduleIds(manager: EntityManager, id: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM report_schedules WHERE committee_id = $1`, [id]);
    return rows.map((r) => r.id);
  }
}
