import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ReportSummary } from './report-runs.repository';

/** One copy being sent: who gets it, with which Message-ID, and the report's files and summary. */
export interface ClaimedDelivery {
  id: string;
  email: string;
  fullName: string;
  messageId: string;
  attempts: number;
  reportId: string;
  periodKey: string;
  periodStart: string;
  periodEnd: string;
  pdfPath: string;
  xlsxPath: string;
  summary: ReportSummary;
}

/**
 * The worker's writes on a delivery row: claim an attempt, then sent or failed. Each takes the connection that
 * holds the copy's advisory lock.
 */
@Injectable()
export class ReportDeliveriesRepository {
  /**
   * Counts an attempt and marks the copy `sending`, committed before anything is sent, so the log shows an
   * attempt that a crash interrupted. Null when there is nothing to send: already sent, or no such copy.
   */
  async claim(manager: EntityManager, deliveryId: string): Promise<ClaimedDelivery | null> {
    const [rows]: [ClaimedDelivery[], number] = await manager.query(
      `UPDATE report_deliveries d
          SET attempts = d.attempts + 1, status = 'sending', last_attempt_at = now()
         FROM reports r
        WHERE d.id = $1 AND d.status <> 'sent' AND r.id = d.report_id AND r.status = 'ready'
       RETURNING d.id, d.email, d.full_name AS "fullName", d.message_id AS "messageId", d.attempts,
                 r.id AS "reportId", r.period_key AS "periodKey", to_char(r.period_start, 'YYYY-MM-DD') AS "periodStart",
                 to_char(r.period_end, 'YYYY-MM-DD') AS "periodEnd", r.pdf_path AS "pdfPath",
                 r.xlsx_path AS "xlsxPath", r.summary`,
      [deliveryId],
    );
    return rows[0] ?? null;
  }

  async markSent(manager: EntityManager, deliveryId: string): Promise<void> {
    await manager.query(
      `UPDATE report_deliveries SET status = 'sent', sent_at = now(), last_error = NULL WHERE id = $1`,
      [deliveryId],
    );
  }

  /** `final`: no retry follows (a permanent refusal, or the last attempt), so the copy is `failed`. */
  async recordFailure(manager: EntityManager, deliveryId: string, error: string, final: boolean): Promise<void> {
    await manager.query(
      `UPDATE report_deliveries SET last_error = $2, status = CASE WHEN $3 THEN 'failed' ELSE 'pending' END
        WHERE id = $1 AND status <> 'sent'`,
      [deliveryId, error, final],
    );
  }
}
