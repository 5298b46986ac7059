import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { MailLocale } from './certificate-reminder-mail';

/** Reminder days when a course has no template row: the column's default in `certificate_templates`. */
export const DEFAULT_REMINDER_DAYS = 30;
/** The largest `reminder_days` the table accepts; bounds the index scan on the expiry. */
const MAX_REMINDER_DAYS = 180;

export interface DueReminder {
  id: string;
  code: string;
  holderName: string;
  courseTitle: string;
  expiresAt: Date;
  /** `expires_at` as stored (microseconds), so the next batch starts exactly after this row. */
  expiresAtExact: string;
  /** Her account's address, else the one on her person record; null when she has neither. */
  email: string | null;
  locale: MailLocale;
}

export interface ReminderCursor {
  expiresAtExact: string;
  id: string;
}

/** The reads and writes of expiry reminders. */
@Injectable()
export class CertificateRemindersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Valid certificates whose expiry falls within their course's reminder window after `now` (not past), not
   * reminded yet, and not already superseded by a later certificate of the same course for the same person
   * (she has re-certified), in expiry order after `after`.
   */
  async due(now: Date, after: ReminderCursor | null, limit: number): Promise<DueReminder[]> {
    return this.db.query(
      `SELECT c.id, c.code, c.holder_name AS "holderName", c.course_title AS "courseTitle",
              c.expires_at AS "expiresAt", c.expires_at::text AS "expiresAtExact",
              COALESCE(NULLIF(btrim(u.email), ''), NULLIF(btrim(p.email), '')) AS email,
              COALESCE(u.locale, 'vi') AS locale
         FROM certificates c
         JOIN people p ON p.id = c.person_id
         LEFT JOIN users u ON u.person_id = c.person_id
         LEFT JOIN certificate_templates t ON t.course_id = c.course_id
        WHERE c.status = 'valid'
          AND c.expires_at > $1::timestamptz
          AND c.expires_at <= $1::timestamptz + make_interval(days => ${MAX_REMINDER_DAYS})
          AND c.expires_at <= $1::timestamptz + make_interval(days => COALESCE(t.reminder_days, ${DEFAULT_REMINDER_DAYS}))
          AND ($2::timestamptz IS NULL OR (c.expires_at, c.id) > ($2::timestamptz, $3::uuid))
          AND NOT EXISTS (SELECT 1 FROM certificate_events e WHERE e.certificate_id = c.id AND e.kind = 'reminded')
          AND NOT EXISTS (
                SELECT 1 FROM certificates n
                 WHERE n.person_id = c.person_id AND n.course_id = c.course_id AND n.id <> c.id
                   AND n.status = 'valid' AND n.issued_at > c.issued_at
                   AND (n.expires_at IS NULL OR n.expires_at > c.expires_at))
        ORDER BY c.expires_at, c.id
        LIMIT $4`,
      [now.toISOString(), after?.expiresAtExact ?? null, after?.id ?? null, limit],
    );
  }

  /**
   * Records the reminder of a still valid certificate, inside the caller's transaction; false when another
   * sweep recorded it first. A concurrent insert waits here until the other transaction ends: skipped if it
   * committed, recorded here if it rolled back.
   */
  async record(manager: EntityManager, certificateId: string): Promise<boolean> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO certificate_events (certificate_id, kind, reissue_no)
       SELECT id, 'reminded', reissue_no FROM certificates WHERE id = $1 AND status = 'valid'
       ON CONFLICT (certificate_id) WHERE kind = 'reminded' DO NOTHING
       RETURNING id`,
      [certificateId],
    );
    return rows.length === 1;
  }
}
