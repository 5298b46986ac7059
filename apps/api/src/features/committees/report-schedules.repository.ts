import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CohortRef, Ref, ReportScheduleKind } from '@sen/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { SyncRow } from './report-schedule-jobs';

export interface ReportScheduleRow {
  id: string;
  committeeId: string;
  kind: ReportScheduleKind;
  courses: Ref[];
  cohort: CohortRef | null;
  enabled: boolean;
  /** Enabled and its committee not archived: what the job scheduler follows. */
  active: boolean;
  hasReports: boolean;
  createdBy: Ref | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ScheduleFields {
  kind: ReportScheduleKind;
  courseIds: string[];
  cohortId: string | null;
  enabled: boolean;
}

/** A course's name: its latest published title, else its latest draft's. */
export const COURSE_TITLE_SQL = (courseAlias: string) =>
  `(SELECT v.title FROM course_versions v WHERE v.course_id = ${courseAlias}.id
     ORDER BY (v.status = 'published') DESC, v.version_no DESC LIMIT 1)`;

const SCHEDULE_SELECT = `
  SELECT s.id, s.committee_id AS "committeeId", s.kind, s.enabled, s.enabled AND c.archived_at IS NULL AS active,
         s.created_at AS "createdAt", s.updated_at AS "updatedAt",
         EXISTS (SELECT 1 FROM reports r WHERE r.schedule_id = s.id) AS "hasReports",
         COALESCE((SELECT json_agg(json_build_object('id', co.id, 'name', ${COURSE_TITLE_SQL('co')}) ORDER BY x.n)
                     FROM unnest(s.course_ids) WITH ORDINALITY AS x(id, n) JOIN courses co ON co.id = x.id), '[]') AS courses,
         CASE WHEN h.id IS NULL THEN NULL
              ELSE json_build_object('id', h.id, 'name', h.name, 'endsOn', h.ends_on) END AS cohort,
         CASE WHEN cb.id IS NULL THEN NULL ELSE json_build_object('id', cb.id, 'name', cbp.full_name) END AS "createdBy"
    FROM report_schedules s
    JOIN committees c ON c.id = s.committee_id
    LEFT JOIN cohorts h ON h.id = s.cohort_id
    LEFT JOIN users cb ON cb.id = s.created_by
    LEFT JOIN people cbp ON cbp.id = cb.person_id`;

/** Report schedules: their definitions, which the worker turns into BullMQ job schedulers. */
@Injectable()
export class ReportSchedulesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async forCommittee(committeeId: string, manager: EntityManager = this.db.manager): Promise<ReportScheduleRow[]> {
    return manager.query(`${SCHEDULE_SELECT} WHERE s.committee_id = $1 ORDER BY s.created_at, s.id`, [committeeId]);
  }

  async findById(id: string, manager: EntityManager = this.db.manager): Promise<ReportScheduleRow | null> {
    const rows: ReportScheduleRow[] = await manager.query(`${SCHEDULE_SELECT} WHERE s.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** The schedule's committee, locked like every change to the committee (see CommitteesRepository.lock). */
  async lockWithCommittee(
    manager: EntityManager,
    id: string,
  ): Promise<(ScheduleFields & { committeeId: string; unitId: string; unitPath: string; archived: boolean }) | null> {
    const rows: (ScheduleFields & { committeeId: string; unitId: string; unitPath: string; archived: boolean })[] =
      await manager.query(
        `SELECT s.kind, s.course_ids AS "courseIds", s.cohort_id AS "cohortId", s.enabled, c.id AS "committeeId",
                c.unit_id AS "unitId", u.path AS "unitPath", c.archived_at IS NOT NULL AS archived
           FROM report_schedules s JOIN committees c ON c.id = s.committee_id JOIN units u ON u.id = c.unit_id
          WHERE s.id = $1 FOR UPDATE OF s, c`,
        [id],
      );
    return rows[0] ?? null;
  }

  async insert(manager: EntityManager, id: string, committeeId: string, fields: ScheduleFields, createdBy: string) {
    await manager.query(
      `INSERT INTO report_schedules (id, committee_id, kind, course_ids, cohort_id, enabled, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, committeeId, fields.kind, fields.courseIds, fields.cohortId, fields.enabled, createdBy],
    );
  }

  async update(manager: EntityManager, id: string, fields: ScheduleFields): Promise<void> {
    await manager.query(
      `UPDATE report_schedules SET kind = $2, course_ids = $3, cohort_id = $4, enabled = $5, updated_at = now()
        WHERE id = $1`,
      [id, fields.kind, fields.courseIds, fields.cohortId, fields.enabled],
    );
  }

  async hasReports(manager: EntityManager, id: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM reports WHERE schedule_id = $1 LIMIT 1`, [id]);
    return rows.length > 0;
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`DELETE FROM report_schedules WHERE id = $1`, [id]);
  }

  /** The ids among `ids` that name a course. */
  async existingCourses(manager: EntityManager, ids: string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM courses WHERE id = ANY($1::uuid[])`, [ids]);
    return new Set(rows.map((r) => r.id));
  }

  /** What the job schedulers follow, for the schedules named (or every schedule): gone ones are simply absent. */
  async forSync(ids?: string[]): Promise<SyncRow[]> {
    return this.db.query(
      `SELECT s.id, s.kind, s.enabled AND c.archived_at IS NULL AS active, h.ends_on::text AS "cohortEndsOn"
         FROM report_schedules s
         JOIN committees c ON c.id = s.committee_id
         LEFT JOIN cohorts h ON h.id = s.cohort_id
        WHERE $1::uuid[] IS NULL OR s.id = ANY($1::uuid[])`,
      [ids ?? null],
    );
  }
}
