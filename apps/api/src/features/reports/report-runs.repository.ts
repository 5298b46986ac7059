import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReportHeadline, ReportStatus } from '@sen/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { presidentOf } from '../certificates/certificates.repository';
import type { CohortDates, ReportPeriod, ScheduleKind } from './periods/report-periods';

/** A schedule as a run needs it: its calendar, its committee and where the committee sits in the tree. */
export interface RunSchedule {
  id: string;
  kind: ScheduleKind;
  enabled: boolean;
  courseIds: string[];
  committeeId: string;
  committeeName: string;
  committeeArchived: boolean;
  /** The unit whose admins manage the committee: the report's issuer and its scope. */
  unitId: string;
  unitPath: string;
  cohort: (CohortDates & { name: string }) | null;
}

export interface ReportRef {
  id: string;
  status: ReportStatus;
  created: boolean;
}

export interface LockedReport {
  id: string;
  status: ReportStatus;
  scheduleId: string;
  period: ReportPeriod;
  createdAt: Date;
}

/** What a report prints besides the numbers: who reports to whom, about which units and courses. */
export interface BuildSource {
  committeeName: string;
  issuerName: string;
  /** The root of the issuer's tree (the province union), whose name gives the place line. */
  rootName: string;
  presidentName: string | null;
  /** The committee's units, outermost only (a unit inside another listed one would be counted twice). */
  units: { id: string; name: string }[];
  courseNames: string[] | null;
  cohortName: string | null;
}

/** What a built report keeps beside its files (`reports.summary`). */
export interface ReportSummary {
  title: string;
  issuer: string;
  committee: string;
  periodTitle: string;
  cohortName: string | null;
  headline: ReportHeadline;
  units: { id: string; name: string }[];
}

export interface BuiltFiles {
  pdfPath: string;
  pdfSha256: string;
  xlsxPath: string;
  xlsxSha256: string;
}

/** The worker's side of a run: the report row (once per period), its build and its fan-out to recipients. */
@Injectable()
export class ReportRunsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async schedule(scheduleId: string, manager: EntityManager = this.db.manager): Promise<RunSchedule | null> {
    const rows: (Omit<RunSchedule, 'cohort'> & {
      cohortId: string | null;
      cohortName: string | null;
      startsOn: string | null;
      endsOn: string | null;
    })[] = await manager.query(
      `SELECT s.id, s.kind, s.enabled, s.course_ids AS "courseIds", c.id AS "committeeId", c.name AS "committeeName",
              c.archived_at IS NOT NULL AS "committeeArchived", u.id AS "unitId", u.path AS "unitPath",
              co.id AS "cohortId", co.name AS "cohortName", to_char(co.starts_on, 'YYYY-MM-DD') AS "startsOn",
              to_char(co.ends_on, 'YYYY-MM-DD') AS "endsOn"
         FROM report_schedules s
         JOIN committees c ON c.id = s.committee_id
         JOIN units u ON u.id = c.unit_id
         LEFT JOIN cohorts co ON co.id = s.cohort_id
        WHERE s.id = $1`,
      [scheduleId],
    );
    const row = rows[0];
    if (!row) return null;
    const { cohortId, cohortName, startsOn, endsOn, ...schedule } = row;
    return {
      ...schedule,
      cohort: cohortId ? { id: cohortId, name: cohortName!, startsOn: startsOn!, endsOn: endsOn! } : null,
    };
  }

  /**
   * The period's report row, made by whichever run gets there first: `UNIQUE (schedule_id, period_key)` keeps
   * it to one however many runs race for it.
   */
  async ensureReport(
    manager: EntityManager,
    scheduleId: string,
    period: ReportPeriod,
    requestedBy: string | null,
  ): Promise<ReportRef> {
    const inserted: { id: string; status: ReportStatus }[] = await manager.query(
      `INSERT INTO reports (schedule_id, period_key, period_start, period_end, requested_by)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ON CONSTRAINT uq_reports_schedule_period DO NOTHING
       RETURNING id, status`,
      [scheduleId, period.key, period.start, period.end, requestedBy],
    );
    if (inserted[0]) return { ...inserted[0], created: true };
    const existing: { id: string; status: ReportStatus }[] = await manager.query(
      `SELECT id, status FROM reports WHERE schedule_id = $1 AND period_key = $2`,
      [scheduleId, period.key],
    );
    return { ...existing[0]!, created: false };
  }

  /** The report row under a lock held until the build is stored: a second run waits, then finds it ready. */
  async lockForBuild(manager: EntityManager, reportId: string): Promise<LockedReport | null> {
    const rows: (Omit<LockedReport, 'period'> & { key: string; start: string; end: string })[] = await manager.query(
      `SELECT id, status, schedule_id AS "scheduleId", created_at AS "createdAt", period_key AS key,
              to_char(period_start, 'YYYY-MM-DD') AS start, to_char(period_end, 'YYYY-MM-DD') AS "end"
         FROM reports WHERE id = $1 FOR UPDATE`,
      [reportId],
    );
    const row = rows[0];
    if (!row) return null;
    const { key, start, end, ...report } = row;
    return { ...report, period: { key, start, end } };
  }

  async buildSource(manager: EntityManager, scheduleId: string): Promise<BuildSource> {
    const rows: BuildSource[] = await manager.query(
      `SELECT c.name AS "committeeName", u.name AS "issuerName", root.name AS "rootName",
              ${presidentOf('u')} AS "presidentName",
              COALESCE((
                SELECT json_agg(json_build_object('id', cu.id, 'name', cu.name) ORDER BY cu.path)
                  FROM committee_units m JOIN units cu ON cu.id = m.unit_id
                 WHERE m.committee_id = c.id
                   AND NOT EXISTS (SELECT 1 FROM committee_units m2 JOIN units outer_u ON outer_u.id = m2.unit_id
                                    WHERE m2.committee_id = c.id AND outer_u.id <> cu.id
                                      AND cu.path LIKE outer_u.path || '%')
              ), '[]'::json) AS units,
              CASE WHEN cardinality(s.course_ids) = 0 THEN NULL ELSE (
                SELECT json_agg(t.title ORDER BY t.title)
                  FROM (SELECT DISTINCT ON (v.course_id) v.title FROM course_versions v
                         WHERE v.course_id = ANY (s.course_ids) AND v.status = 'published'
                         ORDER BY v.course_id, v.version_no DESC) t
              ) END AS "courseNames",
              co.name AS "cohortName"
         FROM report_schedules s
         JOIN committees c ON c.id = s.committee_id
         JOIN units u ON u.id = c.unit_id
         JOIN units root ON root.id = split_part(u.path, '/', 2)::uuid
         LEFT JOIN cohorts co ON co.id = s.cohort_id
        WHERE s.id = $1`,
      [scheduleId],
    );
    return rows[0]!;
  }

  async markReady(manager: EntityManager, reportId: string, files: BuiltFiles, summary: ReportSummary): Promise<void> {
    await manager.query(
      `UPDATE reports SET status = 'ready', pdf_path = $2, pdf_sha256 = $3, xlsx_path = $4, xlsx_sha256 = $5,
              summary = $6, built_at = now(), last_error = NULL
        WHERE id = $1`,
      [reportId, files.pdfPath, files.pdfSha256, files.xlsxPath, files.xlsxSha256, JSON.stringify(summary)],
    );
  }

  /** After the build used up its retries: the staff list shows why; a new run of the period tries again. */
  async markFailed(reportId: string, error: string): Promise<void> {
    await this.db.query(`UPDATE reports SET status = 'failed', last_error = $2 WHERE id = $1 AND status <> 'ready'`, [
      reportId,
      error,
    ]);
  }

  async noteError(reportId: string, error: string): Promise<void> {
    await this.db.query(`UPDATE reports SET last_error = $2 WHERE id = $1 AND status <> 'ready'`, [reportId, error]);
  }

  /** A failed report asked for again: back to building, for a fresh run. */
  async reopen(manager: EntityManager, reportId: string): Promise<void> {
    await manager.query(`UPDATE reports SET status = 'building' WHERE id = $1 AND status = 'failed'`, [reportId]);
  }

  /**
   * One delivery per current recipient of the committee, each with its Message-ID fixed now; a recipient who
   * already has one keeps it (`UNIQUE (report_id, recipient_id)`). Returns the copies still to send.
   */
  async fanOut(reportId: string, messageDomain: string): Promise<string[]> {
    await this.db.query(
      `INSERT INTO report_deliveries (report_id, recipient_id, email, full_name, message_id)
       SELECT rp.id, r.id, r.email, r.full_name, '<report-' || rp.id || '.' || r.id || '@' || $2 || '>'
         FROM reports rp
         JOIN report_schedules s ON s.id = rp.schedule_id
         JOIN committee_recipients r ON r.committee_id = s.committee_id AND r.removed_at IS NULL
        WHERE rp.id = $1 AND rp.status = 'ready'
       ON CONFLICT ON CONSTRAINT uq_report_deliveries_report_recipient DO NOTHING`,
      [reportId, messageDomain],
    );
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM report_deliveries WHERE report_id = $1 AND status IN ('pending', 'sending') ORDER BY created_at, id`,
      [reportId],
    );
    return rows.map((r) => r.id);
  }
}
