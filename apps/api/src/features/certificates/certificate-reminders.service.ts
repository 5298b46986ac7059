import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { MailDeliveryError, Mailer } from '../../core/mail/mailer';
import { certificateReminderMail } from './certificate-reminder-mail';
import {
  CertificateRemindersRepository,
  type DueReminder,
  type ReminderCursor,
} from './certificate-reminders.repository';

/** Certificates read per query, so a province with many expiring at once is never loaded whole. */
export const REMINDER_BATCH_SIZE = 500;
/** Reminders in flight at once: one per pooled SMTP connection (each holds a database connection meanwhile). */
const LANES = 3;
/** Failures in a row after which the relay is taken for down and the sweep stops instead of timing out on every holder. */
const MAX_CONSECUTIVE_FAILURES = 3;

export interface ReminderSweepResult {
  /** Reminders recorded by this sweep (mailed, without address, or refused for good by the relay). */
  reminded: number;
  mailed: number;
  withoutAddress: number;
  /** The relay refused the address or message for good: recorded, logged, not retried. */
  undeliverable: number;
  /** Not recorded, so the next sweep (the job's retry, or tomorrow's) tries again. */
  failed: number;
  /** Set when nothing was attempted. */
  skipped?: 'mail-not-configured';
}

type Outcome = 'mailed' | 'without-address' | 'undeliverable' | 'already-reminded';

/** Thrown when some reminders could not be sent, so that BullMQ retries the sweep with backoff. */
export class ReminderSweepError extends Error {}

/**
 * Reminds each holder once before her certificate expires.
 *
 * Each reminder is one transaction: record the 'reminded' event, send the mail, commit. A failed send rolls
 * the event back, so the certificate is due again at the next sweep and no reminder is lost; the unique index
 * on reminded events makes a concurrent sweep wait for the first and then skip the certificate, so no
 * reminder is sent twice unless the commit itself fails after the relay accepted the mail (then she gets two,
 * which is better than none). Recording a `sent` state after the send instead would need a second write and a
 * recovery rule for rows stuck unsent; the transaction gives both for free at the cost of holding one
 * connection for the length of an SMTP exchange, which the mailer's timeouts bound.
 */
@Injectable()
export class CertificateRemindersService {
  private readonly logger = new Logger(CertificateRemindersService.name);

  constructor(
    private readonly reminders: CertificateRemindersRepository,
    private readonly mailer: Mailer,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async sweep(now: Date = new Date()): Promise<ReminderSweepResult> {
    const result: ReminderSweepResult = { reminded: 0, mailed: 0, withoutAddress: 0, undeliverable: 0, failed: 0 };
    // Without a relay the reminders wait rather than being recorded as done: they go out once SMTP_URL is set.
    if (!this.mailer.configured) {
      this.logger.log('certificate reminders not sent: SMTP_URL is not set');
      return { ...result, skipped: 'mail-not-configured' };
    }
    let after: ReminderCursor | null = null;
    let consecutiveFailures = 0;
    let lastError: unknown = null;

    for (;;) {
      const batch = await this.reminders.due(now, after, REMINDER_BATCH_SIZE);
      let next = 0;
      const lane = async (): Promise<void> => {
        while (next < batch.length && consecutiveFailures < MAX_CONSECUTIVE_FAILURES) {
          const due = batch[next++]!;
          try {
            const outcome = await this.remind(due);
            consecutiveFailures = 0;
            if (outcome === 'already-reminded') continue;
            result.reminded += 1;
            if (outcome === 'mailed') result.mailed += 1;
            else if (outcome === 'without-address') result.withoutAddress += 1;
            else result.undeliverable += 1;
          } catch (error) {
            consecutiveFailures += 1;
            result.failed += 1;
            lastError = error;
            this.logger.warn({ certificateId: due.id, err: error }, 'certificate reminder not sent; will retry');
          }
        }
      };
      await Promise.all(Array.from({ length: LANES }, lane));
      if (consecutiveFailures >= MAX_CONSECUTIVE_FAILURES || batch.length < REMINDER_BATCH_SIZE) break;
      const last = batch[batch.length - 1]!;
      after = { expiresAtExact: last.expiresAtExact, id: last.id };
    }

    if (result.reminded > 0) this.logger.log(result, 'certificate reminders sent');
    if (result.failed > 0) {
      const stopped = consecutiveFailures >= MAX_CONSECUTIVE_FAILURES ? ' (mail relay unavailable: sweep stopped)' : '';
      throw new ReminderSweepError(
        `${result.failed} certificate reminder(s) not sent${stopped}; ${result.reminded} sent or recorded`,
        { cause: lastError },
      );
    }
    return result;
  }

  private async remind(due: DueReminder): Promise<Outcome> {
    return this.db.transaction(async (manager): Promise<Outcome> => {
      if (!(await this.reminders.record(manager, due.id))) return 'already-reminded';
      if (!due.email) return 'without-address';
      const mail = certificateReminderMail({ ...due, publicUrl: this.config.publicUrl });
      try {
        const sent = await this.mailer.send({
          to: due.email,
          ...mail,
          headers: { 'Auto-Submitted': 'auto-generated' },
        });
        // Not sent after all: roll back so that the reminder stays due.
        if (sent.status !== 'sent') throw new ReminderSweepError('mail is not configured');
        return 'mailed';
      } catch (error) {
        if (error instanceof MailDeliveryError && error.permanent) {
          this.logger.warn({ certificateId: due.id, err: error }, 'certificate reminder undeliverable; recorded');
          return 'undeliverable';
        }
        throw error;
      }
    });
  }
}
