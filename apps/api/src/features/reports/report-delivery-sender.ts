import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type QueryRunner } from 'typeorm';
import { MailDeliveryError, Mailer } from '../../core/mail/mailer';
import { ReportLinks } from './links/report-links';
import { ReportDeliveriesRepository } from './report-deliveries.repository';
import { ReportFiles, reportFileName } from './report-files';
import { reportMail } from './report-mail';

/** Namespace of the advisory locks that keep one sender per copy (the other key is the delivery id's hash). */
const DELIVERY_LOCK_CLASS = 0x5e_4e_70;

export type SendOutcome = 'sent' | 'nothing-to-send' | 'busy';

/** The first line of an error, short: the log shows it to admins, never a stack. */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? '').slice(0, 500) || 'unknown error';
}

/**
 * Sends one recipient's copy, at most one sender at a time. The order is what makes a crash safe:
 * 1. a session advisory lock on the copy (held until the end; released by PostgreSQL if the worker dies);
 * 2. the row says `sent`: nothing to do — a repeated or resumed job sends nothing;
 * 3. the attempt is counted and the row set `sending`, committed;
 * 4. the message goes out with the copy's fixed Message-ID;
 * 5. the row is set `sent` at once.
 * A crash between 4 and 5 (the relay accepted, the row was not updated) is the one window in which a copy can go
 * out twice; the retry then carries the same Message-ID, which mail clients collapse. Anywhere else, the retry
 * sends exactly the one copy that was not sent.
 */
@Injectable()
export class ReportDeliverySender {
  private readonly logger = new Logger(ReportDeliverySender.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly deliveries: ReportDeliveriesRepository,
    private readonly files: ReportFiles,
    private readonly links: ReportLinks,
    private readonly mailer: Mailer,
  ) {}

  /**
   * `finalAttempt`: no retry follows a transient failure, so the copy is marked `failed`. Throws the mailer's
   * error after recording it (the queue retries unless it is permanent).
   */
  async send(deliveryId: string, finalAttempt: boolean): Promise<SendOutcome> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      const lock: { locked: boolean }[] = await runner.manager.query(
        `SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked`,
        [DELIVERY_LOCK_CLASS, deliveryId],
      );
      // Another worker is sending this copy now; if it dies, its job is retried and finds the lock free.
      if (!lock[0]?.locked) return 'busy';
      try {
        return await this.sendLocked(runner, deliveryId, finalAttempt);
      } finally {
        await runner.query(`SELECT pg_advisory_unlock($1, hashtext($2))`, [DELIVERY_LOCK_CLASS, deliveryId]);
      }
    } finally {
      await runner.release();
    }
  }

  private async sendLocked(runner: QueryRunner, deliveryId: string, finalAttempt: boolean): Promise<SendOutcome> {
    const copy = await this.deliveries.claim(runner.manager, deliveryId);
    if (!copy) return 'nothing-to-send';
    try {
      const [pdf, xlsx] = await Promise.all([this.files.read(copy.pdfPath), this.files.read(copy.xlsxPath)]);
      const outcome = await this.mailer.send(
        reportMail({
          to: copy.email,
          recipientName: copy.fullName,
          messageId: copy.messageId,
          summary: copy.summary,
          period: { key: copy.periodKey, start: copy.periodStart, end: copy.periodEnd },
          link: this.links.url(copy.id),
          attachments: {
            pdf: { filename: reportFileName(copy.periodKey, 'pdf'), content: pdf },
            xlsx: { filename: reportFileName(copy.periodKey, 'xlsx'), content: xlsx },
          },
        }),
      );
      if (outcome.status === 'not-configured') {
        throw new MailDeliveryError('SMTP_URL is not set: nothing was sent', false);
      }
    } catch (error) {
      const permanent = error instanceof MailDeliveryError && error.permanent;
      await this.deliveries.recordFailure(runner.manager, deliveryId, firstLine(error), permanent || finalAttempt);
      this.logger.warn({ deliveryId, attempt: copy.attempts, permanent }, `report copy not sent: ${firstLine(error)}`);
      throw error;
    }
    await this.deliveries.markSent(runner.manager, deliveryId);
    this.logger.log({ deliveryId, reportId: copy.reportId }, 'report copy sent');
    return 'sent';
  }
}
