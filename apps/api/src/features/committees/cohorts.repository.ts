import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CohortView } from '@sen/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { pageClause } from '../../core/database/sql-fragments';
import { COURSE_TITLE_SQL } from './report-schedules.repository';

/** Cohorts as far as reports need them (a course, a unit, dates); the cohort feature owns the rest. */
@Injectable()
export class CohortsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(patterns: string[], page: number, pageSize: number): Promise<{ rows: CohortView[]; total: number }> {
    const params: unknown[] = [patterns];
    const paging = pageClause(params, page, pageSize);
    const rows: (CohortView & { total: number })[] = await this.db.query(
      `SELECT count(*) OVER ()::int AS total, h.id, h.name, h.starts_on::text AS "startsOn", h.ends_on::text AS "endsOn",
              json_build_object('id', co.id, 'name', ${COURSE_TITLE_SQL('co')}) AS course,
              json_build_object('id', u.id, 'name', u.name) AS unit
         FROM cohorts h JOIN units u ON u.id = h.unit_id JOIN courses co ON co.id = h.course_id
        WHERE u.path LIKE ANY($1)
        ORDER BY h.ends_on DESC, h.name, h.id
        ${paging}`,
      params,
    );
    return { rows: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0 };
  }

  /** The cohort's unit path (for the scope check), or null when there is no such cohort. */
  async unitPath(manager: EntityManager, id: string): Promise<string | null> {
    const rows: { path: string }[] = await manager.query(
      `SELECT u.path FROM cohorts h JOIN units u ON u.id = h.unit_id WHERE h.id = $1`,
      [id],
    );
    return rows[0]?.path ?? null;
  }
}
