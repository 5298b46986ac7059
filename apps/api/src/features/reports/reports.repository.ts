import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReportDeliveryView, ReportListItem, ReportListQuery, ReportScheduleOption } from '@sen/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { pageClause } from '../../core/database/sql-fragments';
import type { ReportSummary } from './report-runs.repository';

/** A report row as the staff screens list it, with the unit path its scope is checked against. */
export interface StaffReportRow extends ReportListItem {
  unitId: string;
  unitPath: string;
}

export interface StaffReportDetailRow extends StaffReportRow {
  requestedBy: { id: string; name: string } | null;
  summary: ReportSummary | null;
  pdfPath: string | null;
  xlsxPath: string | null;
}

/** A delivery with where its committee sits: resends are checked against it. */
export interface DeliveryScope {
  id: string;
  reportId: string;
  status: ReportDeliveryView['status'];
  unitId: string;
  unitPath: string;
}

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const at = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', ${ISO})`;

const REPORT_COLUMNS = `
  r.id, json_build_object('id', c.id, 'name', c.name) AS committee,
  json_build_object('id', s.id, 'kind', s.kind) AS schedule,
  CASE WHEN co.id IS NULL THEN NULL ELSE json_build_object('id', co.id, 'name', co.name) END AS cohort,
  json_build_object('key', r.period_key, 'start', to_char(r.period_start, 'YYYY-MM-DD'),
                    'end', to_char(r.period_end, 'YYYY-MM-DD')) AS period,
  r.status, ${at('r.created_at')} AS "createdAt", ${at('r.built_at')} AS "builtAt", r.last_error AS "lastError",
  (SELECT json_build_object('total', count(*)::int,
                            'sent', (count(*) FILTER (WHERE d.status = 'sent'))::int,
                            'failed', (count(*) FILTER (WHERE d.status = 'failed'))::int,
                            'received', (count(*) FILTER (WHERE d.received_at IS NOT NULL))::int)
     FROM report_deliveries d WHERE d.report_id = r.id) AS deliveries,
  u.id AS "unitId", u.path AS "unitPath"`;

const REPORT_FROM = `
  FROM reports r
  JOIN report_schedules s ON s.id = r.schedule_id
  JOIN committees c ON c.id = s.committee_id
  JOIN units u ON u.id = c.unit_id
  LEFT JOIN cohorts co ON co.id = s.cohort_id`;

/** The staff screens' reads: schedules to run, reports and their delivery logs, within the caller's scope. */
@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async scheduleOptions(patterns: string[]): Promise<ReportScheduleOption[]> {
    if (patterns.length === 0) return [];
    return this.db.query(
      `SELECT s.id, s.kind, s.enabled, json_build_object('id', c.id, 'name', c.name) AS committee,
              CASE WHEN co.id IS NULL THEN NULL ELSE json_build_object(
                'id', co.id, 'name', co.name, 'startsOn', to_char(co.starts_on, 'YYYY-MM-DD'),
                'endsOn', to_char(co.ends_on, 'YYYY-MM-DD')) END AS cohort,
              cardinality(s.course_ids) AS "courseCount"
         FROM report_schedules s
         JOIN committees c ON c.id = s.committee_id AND c.archived_at IS NULL
         JOIN units u ON u.id = c.unit_id
         LEFT JOIN cohorts co ON co.id = s.cohort_id
        WHERE u.path LIKE ANY ($1)
        ORDER BY c.name, s.kind, s.created_at, s.id`,
      [patterns],
    );
  }

  async page(patterns: string[], query: ReportListQuery): Promise<{ rows: StaffReportRow[]; total: number }> {
    if (patterns.length === 0) return { rows: [], total: 0 };
    const params: unknown[] = [patterns];
    let where = `WHERE u.path LIKE ANY ($1)`;
    if (query.committeeId) where += ` AND c.id = $${params.push(query.committeeId)}`;
    if (query.scheduleId) where += ` AND s.id = $${params.push(query.scheduleId)}`;
    if (query.status) where += ` AND r.status = $${params.push(query.status)}`;
    const count: { total: number }[] = await this.db.query(`SELECT count(*)::int AS total ${REPORT_FROM} ${where}`, [
      ...params,
    ]);
    const rows: StaffReportRow[] = await this.db.query(
      `SELECT ${REPORT_COLUMNS} ${REPORT_FROM} ${where} ORDER BY r.created_at DESC, r.id
       ${pageClause(params, query.page, query.pageSize)}`,
      params,
    );
    return { rows, total: count[0]?.total ?? 0 };
  }

  async row(reportId: string, manager: EntityManager = this.db.manager): Promise<StaffReportDetailRow | null> {
    const rows: StaffReportDetailRow[] = await manager.query(
      `SELECT ${REPORT_COLUMNS}, r.summary, r.pdf_path AS "pdfPath", r.xlsx_path AS "xlsxPath",
              CASE WHEN r.requested_by IS NULL THEN NULL
                   ELSE json_build_object('id', ru.id, 'name', rp.full_name) END AS "requestedBy"
         ${REPORT_FROM}
         LEFT JOIN users ru ON ru.id = r.requested_by
         LEFT JOIN people rp ON rp.id = ru.person_id
        WHERE r.id = $1`,
      [reportId],
    );
    return rows[0] ?? null;
  }

  async deliveries(reportId: string, manager: EntityManager = this.db.manager): Promise<ReportDeliveryView[]> {
    return manager.query(
      `SELECT d.id, json_build_object('id', d.recipient_id, 'name', d.full_name, 'email', d.email, 'role', cr.role)
                AS recipient,
              d.status, d.attempts, d.last_error AS "lastError", ${at('d.last_attempt_at')} AS "lastAttemptAt",
              ${at('d.sent_at')} AS "sentAt", ${at('d.opened_at')} AS "openedAt",
              ${at('d.received_at')} AS "receivedAt", d.message_id AS "messageId"
         FROM report_deliveries d JOIN committee_recipients cr ON cr.id = d.recipient_id
        WHERE d.report_id = $1
        ORDER BY d.full_name, d.id`,
      [reportId],
    );
  }

  async delivery(deliveryId: string, manager: EntityManager = this.db.manager): Promise<ReportDeliveryView | null> {
    const rows: { reportId: string }[] = await manager.query(
      `SELECT report_id AS "reportId" FROM report_deliveries WHERE id = $1`,
      [deliveryId],
    );
    if (!rows[0]) return null;
    return (await this.deliveries(rows[0].reportId, manager)).find((d) => d.id === deliveryId) ?? null;
  }

  /** The delivery under a row lock, with its committee's unit, for a resend. */
  async lockDelivery(manager: EntityManager, deliveryId: string): Promise<DeliveryScope | null> {
    const rows: DeliveryScope[] = await manager.query(
      `SELECT d.id, d.report_id AS "reportId", d.status, u.id AS "unitId", u.path AS "unitPath"
         FROM report_deliveries d
         JOIN reports r ON r.id = d.report_id
         JOIN report_schedules s ON s.id = r.schedule_id
         JOIN committees c ON c.id = s.committee_id
         JOIN units u ON u.id = c.unit_id
        WHERE d.id = $1
        FOR UPDATE OF d`,
      [deliveryId],
    );
    return rows[0] ?? null;
  }

  /** A sent or failed copy goes back to `pending` for a resend; its attempts and Message-ID stay. */
  async requeue(manager: EntityManager, deliveryId: string): Promise<void> {
    await manager.query(
      `UPDATE report_deliveries SET status = 'pending' WHERE id = $1 AND status IN ('sent', 'failed')`,
      [deliveryId],
    );
  }
}
