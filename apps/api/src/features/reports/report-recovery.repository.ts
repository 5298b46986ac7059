import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface UnfinishedRun {
  reportId: string;
  scheduleId: string;
  periodKey: string;
}

/** How far back a built report still gets the copies its run did not send (a Redis flush, a crash). */
const FAN_OUT_DAYS = 7;

/**
 * What PostgreSQL says is unfinished, whatever Redis remembers: the maintenance sweep enqueues it again. Rows
 * touched in the last `quietSeconds` are left to the job working on them.
 */
@Injectable()
export class ReportRecoveryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Reports never built, and built reports whose recipients have no copy yet (the run died between the two). */
  async unfinishedRuns(quietSeconds: number): Promise<UnfinishedRun[]> {
    return this.db.query(
      `SELECT r.id AS "reportId", r.schedule_id AS "scheduleId", r.period_key AS "periodKey"
         FROM reports r
        WHERE r.status = 'building' AND r.created_at < now() - make_interval(secs => $1)
       UNION ALL
       SELECT r.id, r.schedule_id, r.period_key
         FROM reports r
         JOIN report_schedules s ON s.id = r.schedule_id
        WHERE r.status = 'ready' AND r.built_at > now() - make_interval(days => $2)
          AND r.built_at < now() - make_interval(secs => $1)
          AND EXISTS (SELECT 1 FROM committee_recipients c
                       WHERE c.committee_id = s.committee_id AND c.removed_at IS NULL
                         AND c.created_at < r.built_at
                         AND NOT EXISTS (SELECT 1 FROM report_deliveries d WHERE d.report_id = r.id AND d.recipient_id = c.id))`,
      [quietSeconds, FAN_OUT_DAYS],
    );
  }

  /** Copies not sent and not given up on: pending, or `sending` by a worker that is gone. */
  async unsentDeliveries(quietSeconds: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM report_deliveries
        WHERE status IN ('pending', 'sending')
          AND COALESCE(last_attempt_at, created_at) < now() - make_interval(secs => $1)
        ORDER BY created_at, id`,
      [quietSeconds],
    );
    return rows.map((r) => r.id);
  }
}
