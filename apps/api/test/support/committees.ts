import { foldForSearch, type ReportScheduleKind } from '@sen/contracts';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Fixtures } from './fixtures';

/** Committees, recipients, cohorts and schedules inserted directly, so a test's setup does not use the routes it tests. */
export class CommitteeFixtures {
  private counter = 0;

  constructor(
    private readonly db: DataSource,
    private readonly fx: Fixtures,
  ) {}

  /** A committee managed by `unitId`, covering it (or the units given). */
  async committee(unitId: string, options: { covers?: string[]; archived?: boolean; name?: string } = {}) {
    const id = randomUUID();
    const name = options.name ?? `Ban Thường vụ thử ${++this.counter}`;
    await this.db.query(
      `INSERT INTO committees (id, unit_id, name, name_search, kind, archived_at)
       VALUES ($1, $2, $3, $4, 'party_committee', CASE WHEN $5 THEN now() END)`,
      [id, unitId, name, foldForSearch(name), options.archived ?? false],
    );
    await this.db.query(`INSERT INTO committee_units (committee_id, unit_id) SELECT $1, unnest($2::uuid[])`, [
      id,
      options.covers ?? [unitId],
    ]);
    return id;
  }

  async recipient(committeeId: string, email = `uy.vien.${randomUUID().slice(0, 8)}@example.vn`): Promise<string> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO committee_recipients (committee_id, full_name, email, role)
       VALUES ($1, $2, $3, 'Ủy viên Ban Thường vụ') RETURNING id`,
      [committeeId, `Trần Văn Thử ${++this.counter}`, email],
    );
    return rows[0]!.id;
  }

  /** A cohort of a new course owned by the unit, ending on `endsOn`. */
  async cohort(unitId: string, endsOn: string): Promise<string> {
    const { courseId } = await this.fx.course(unitId, { published: true });
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO cohorts (course_id, unit_id, name, starts_on, ends_on)
       VALUES ($1, $2, $3, $4::date - 10, $4) RETURNING id`,
      [courseId, unitId, `Lớp thử ${++this.counter}`, endsOn],
    );
    return rows[0]!.id;
  }

  async schedule(
    committeeId: string,
    kind: ReportScheduleKind = 'on_demand',
    options: { cohortId?: string; enabled?: boolean } = {},
  ): Promise<string> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO report_schedules (committee_id, kind, cohort_id, enabled, created_by)
       SELECT $1, $2, $3, $4, id FROM users WHERE email = 'admin@example.org' RETURNING id`,
      [committeeId, kind, options.cohortId ?? null, options.enabled ?? true],
    );
    return rows[0]!.id;
  }

  /** A report of the schedule (still being built: a ready one needs its files), so it can no longer be deleted. */
  async report(scheduleId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO reports (schedule_id, period_key, period_start, period_end, status)
       VALUES ($1, $2, '2026-10-01', '2026-10-31', 'building')`,
      [scheduleId, `2026-10-${++this.counter}`],
    );
  }
}
