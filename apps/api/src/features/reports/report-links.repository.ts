import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ReportSummary } from './report-runs.repository';

/** One recipient's copy as her link shows it. */
export interface LinkedCopy {
  deliveryId: string;
  recipientName: string;
  sentAt: Date | null;
  receivedAt: Date | null;
  /** The committee's unit, for the audit record of a receipt. */
  unitId: string;
  reportStatus: string;
  period: { key: string; start: string; end: string };
  summary: ReportSummary | null;
  pdfPath: string | null;
  xlsxPath: string | null;
}

/** The public link's reads and the two facts it records: first opened, received. */
@Injectable()
export class ReportLinksRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async copy(deliveryId: string): Promise<LinkedCopy | null> {
    const rows: LinkedCopy[] = await this.db.query(
      `SELECT d.id AS "deliveryId", d.full_name AS "recipientName", d.sent_at AS "sentAt",
              d.received_at AS "receivedAt", c.unit_id AS "unitId", r.status AS "reportStatus",
              json_build_object('key', r.period_key, 'start', to_char(r.period_start, 'YYYY-MM-DD'),
                                'end', to_char(r.period_end, 'YYYY-MM-DD')) AS period,
              r.summary, r.pdf_path AS "pdfPath", r.xlsx_path AS "xlsxPath"
         FROM report_deliveries d
         JOIN reports r ON r.id = d.report_id
         JOIN report_schedules s ON s.id = r.schedule_id
         JOIN committees c ON c.id = s.committee_id
        WHERE d.id = $1`,
      [deliveryId],
    );
    return rows[0] ?? null;
  }

  async markOpened(deliveryId: string): Promise<void> {
    await this.db.query(`UPDATE report_deliveries SET opened_at = now() WHERE id = $1 AND opened_at IS NULL`, [
      deliveryId,
    ]);
  }

  /** Records the receipt once: `first` tells whether this call did; `receivedAt` is always the first time. */
  async markReceived(manager: EntityManager, deliveryId: string): Promise<{ receivedAt: Date; first: boolean }> {
    const [rows]: [{ receivedAt: Date }[], number] = await manager.query(
      `UPDATE report_deliveries SET received_at = now(), opened_at = COALESCE(opened_at, now())
        WHERE id = $1 AND received_at IS NULL
       RETURNING received_at AS "receivedAt"`,
      [deliveryId],
    );
    if (rows[0]) return { receivedAt: rows[0].receivedAt, first: true };
    const existing: { receivedAt: Date }[] = await manager.query(
      `SELECT received_at AS "receivedAt" FROM report_deliveries WHERE id = $1`,
      [deliveryId],
    );
    return { receivedAt: existing[0]!.receivedAt, first: false };
  }
}
