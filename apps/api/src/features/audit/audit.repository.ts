import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEntryView, AuditQuery } from '@sen/contracts';
import { TIME_ZONE } from '@sen/contracts';
import { DataSource } from 'typeorm';
import { pageClause } from '../../core/database/sql-fragments';

type AuditRow = Omit<AuditEntryView, 'occurredAt'> & { occurredAt: Date };

/** Reads the audit trail; entries without a unit (e.g. a sign-in attempt for an unknown name) are shown to admins of a top-level unit only. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(
    patterns: string[],
    includeUnitless: boolean,
    query: AuditQuery,
  ): Promise<{ rows: AuditRow[]; total: number }> {
    const params: unknown[] = [patterns, includeUnitless];
    const where = [`(u.path LIKE ANY($1) OR (a.unit_id IS NULL AND $2))`];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (query.actorId) add((n) => `a.actor_user_id = $${n}`, query.actorId);
    if (query.action) add((n) => `a.action = $${n}`, query.action);
    if (query.from) add((n) => `a.occurred_at >= ($${n}::date)::timestamp AT TIME ZONE '${TIME_ZONE}'`, query.from);
    if (query.to) add((n) => `a.occurred_at < ($${n}::date + 1)::timestamp AT TIME ZONE '${TIME_ZONE}'`, query.to);
    const paging = pageClause(params, query.page, query.pageSize);
    const rows: (AuditRow & { total: number })[] = await this.db.query(
      `SELECT a.id, a.occurred_at AS "occurredAt", a.action, a.target_type AS "targetType", a.target_id AS "targetId",
              a.request_id AS "requestId", a.details,
              CASE WHEN a.actor_user_id IS NULL THEN NULL ELSE json_build_object('id', a.actor_user_id, 'name', ap.full_name) END AS actor,
              CASE WHEN a.unit_id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'name', u.name) END AS unit,
              count(*) OVER ()::int AS total
         FROM audit_log a
         LEFT JOIN units u ON u.id = a.unit_id
         LEFT JOIN users au ON au.id = a.actor_user_id
         LEFT JOIN people ap ON ap.id = au.person_id
        WHERE ${where.join(' AND ')}
        ORDER BY a.occurred_at DESC, a.id
        ${paging}`,
      params,
    );
    return { rows, total: rows[0]?.total ?? 0 };
  }
}
