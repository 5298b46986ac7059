import { foldForSearch } from '@sen/contracts';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';

export interface CommitteeFixture {
  committeeId: string;
  recipients: { id: string; email: string; fullName: string }[];
}

export interface ReadyReportFixture {
  reportId: string;
  deliveryIds: string[];
  messageIds: string[];
}

/**
 * Committees, recipients and schedules inserted directly (their management routes belong to another feature),
 * and ready reports with placeholder files for routes that only need one to exist.
 */
export class ReportFixtures {
  private counter = 0;

  constructor(private readonly db: DataSource) {}

  /** A committee managed by `unitId` covering `coveredUnitIds`, with `recipients` new recipients. */
  async committee(
    unitId: string,
    coveredUnitIds: string[],
    options: { recipients?: number; name?: string } = {},
  ): Promise<CommitteeFixture> {
    const name = options.name ?? `Ban Thường vụ thử ${++this.counter}`;
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO committees (unit_id, name, name_search, kind) VALUES ($1, $2, $3, 'union_standing_committee')
       RETURNING id`,
      [unitId, name, foldForSearch(name)],
    );
    const committeeId = rows[0]!.id;
    for (const covered of coveredUnitIds) {
      await this.db.query(`INSERT INTO committee_units (committee_id, unit_id) VALUES ($1, $2)`, [
        committeeId,
        covered,
      ]);
    }
    const recipients: CommitteeFixture['recipients'] = [];
    for (let i = 0; i < (options.recipients ?? 2); i++) {
      const email = `uy.vien.${randomUUID().slice(0, 8)}@example.org`;
      const fullName = `Đồng chí Ủy viên ${++this.counter}`;
      const inserted: { id: string }[] = await this.db.query(
        `INSERT INTO committee_recipients (committee_id, full_name, email, role) VALUES ($1, $2, $3, 'Ủy viên')
         RETURNING id`,
        [committeeId, fullName, email],
      );
      recipients.push({ id: inserted[0]!.id, email, fullName });
    }
    return { committeeId, recipients };
  }

  async schedule(
    committeeId: string,
    kind: 'monthly' | 'quarterly' | 'cohort_end' | 'on_demand',
    options: { courseIds?: string[]; cohortId?: string } = {},
  ): Promise<string> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO report_schedules (committee_id, kind, course_ids, cohort_id, created_by)
       SELECT $1, $2, $3, $4, id FROM users WHERE email = 'admin@example.org' RETURNING id`,
      [committeeId, kind, options.courseIds ?? [], options.cohortId ?? null],
    );
    return rows[0]!.id;
  }

  /**
   * A built report of an on-demand schedule with one copy per recipient (pending), its files placeholders in
   * `uploadDir`: for routes that read a report without checking what it says.
   */
  async readyReport(uploadDir: string, scheduleId: string): Promise<ReadyReportFixture> {
    const n = ++this.counter;
    const day = `2026-01-${String((n % 28) + 1).padStart(2, '0')}`;
    const key = `demand-${day}-${day}-${randomUUID().slice(0, 8)}`;
    const reportId = randomUUID();
    const summary = {
      title: 'Báo cáo kết quả đào tạo, bồi dưỡng cán bộ — thử',
      issuer: 'Hội LHPN tỉnh Nam Định',
      committee: 'Ban Thường vụ thử',
      periodTitle: 'Thử',
      cohortName: null,
      headline: {
        required: 4,
        completed: 3,
        completionRate: 0.75,
        sat: 2,
        passed: 1,
        passRate: 0.5,
        activeUnits: 1,
        units: 2,
      },
      units: [],
    };
    await mkdir(join(uploadDir, 'reports'), { recursive: true });
    await writeFile(join(uploadDir, 'reports', `${reportId}.pdf`), '%PDF-1.7 thử\n%%EOF\n');
    await writeFile(join(uploadDir, 'reports', `${reportId}.xlsx`), 'PK placeholder');
    await this.db.query(
      `INSERT INTO reports (id, schedule_id, period_key, period_start, period_end, status, pdf_path, pdf_sha256,
                            xlsx_path, xlsx_sha256, summary, built_at)
       VALUES ($1, $2, $3, $4, $4, 'ready', $5, 'x', $6, 'x', $7, now())`,
      [reportId, scheduleId, key, day, `reports/${reportId}.pdf`, `reports/${reportId}.xlsx`, JSON.stringify(summary)],
    );
    const deliveries: { id: string; message_id: string }[] = await this.db.query(
      `INSERT INTO report_deliveries (report_id, recipient_id, email, full_name, message_id)
       SELECT $1::uuid, r.id, r.email, r.full_name, '<report-' || $1::text || '.' || r.id || '@sen.local>'
         FROM committee_recipients r JOIN report_schedules s ON s.committee_id = r.committee_id
        WHERE s.id = $2 AND r.removed_at IS NULL
       RETURNING id, message_id`,
      [reportId, scheduleId],
    );
    return { reportId, deliveryIds: deliveries.map((d) => d.id), messageIds: deliveries.map((d) => d.message_id) };
  }
}
