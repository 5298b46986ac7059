import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import SMTPPool from 'nodemailer/lib/smtp-pool';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MailOutbox } from './mail-outbox';

export interface MailAttachment {
  filename: string;
  content: Buffer | string;
  /** Guessed from the file name when absent. */
  contentType?: string;
}

export interface MailMessage {
  to: string | readonly string[];
  cc?: readonly string[];
  replyTo?: string;
  subject: string;
  /** Always sent: the part every client can show and the one spam filters expect beside HTML. */
  text: string;
  html?: string;
  attachments?: readonly MailAttachment[];
  headers?: Readonly<Record<string, string>>;
  /**
   * `<local@domain>`: a Message-ID fixed by the caller, so that a message sent again after a crash is the same
   * message to mail clients and filters (they collapse duplicates by it). Without it, nodemailer makes one up.
   */
  messageId?: string;
}

export type MailOutcome = { status: 'sent'; messageId: string } | { status: 'not-configured' };

/**
 * A message that was not accepted. `permanent` when the relay refused this message or its recipient for good
 * (a 5xx on RCPT TO or DATA, an unusable address): sending it again cannot help. Otherwise the relay is down,
 * slow, rejects our credentials or sender, or answered 4xx: the same message may go through later.
 */
export class MailDeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MailDeliveryError';
  }
}

/** Fields nodemailer sets on its SMTP errors. */
interface SmtpErrorFields {
  code?: string;
  responseCode?: number;
  command?: string;
}

/** Loose on purpose (the relay decides), but enough to keep header injection and empty addresses out. */
const ADDRESS = /^[^\s<>@,;"]+@[^\s<>@,;"]+$/;

/**
 * Short enough that a sender holding a database transaction (certificate reminders) does not hold it for
 * minutes when the relay hangs; the URL's own query parameters (e.g. `?socketTimeout=60000`) still win.
 */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as const;

function isPermanent(error: unknown): boolean {
  const e = error as SmtpErrorFields;
  if (e.code === 'EENVELOPE' && e.command === 'API') return true;
  return (e.command === 'RCPT TO' || e.command === 'DATA') && (e.responseCode ?? 0) >= 500;
}

/**
 * Outgoing mail through the relay in SMTP_URL, over a small pool of connections. Without SMTP_URL nothing is
 * sent and `send` says so, so that callers can decide whether that loses anything (production warns at start).
 */
@Injectable()
export class Mailer implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: Transporter<SMTPTransport.SentMessageInfo> | null;

  /** Without a relay, the demo's stand-in: each message written whole to a directory (MAIL_OUTBOX_DIR). */
  private readonly outbox: MailOutbox | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.outbox =
      !config.smtpUrl && config.mailOutboxDir ? new MailOutbox(config.mailOutboxDir, config.mailFrom) : null;
    // Built from an SMTPPool rather than `createTransport(url)`, which would drop every option beside the URL.
    this.transport = config.smtpUrl
      ? createTransport(new SMTPPool({ pool: true, maxConnections: 3, ...TIMEOUTS, url: config.smtpUrl }), {
          from: config.mailFrom,
        })
      : null;
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  onModuleInit(): void {
    if (this.transport) return;
    if (this.outbox) {
      this.logger.log(`SMTP_URL is not set: e-mails are written to ${this.outbox.dir} (MAIL_OUTBOX_DIR)`);
      return;
    }
    if (this.config.env === 'production') {
      this.logger.warn('SMTP_URL is not set: no e-mail will be sent (see docs/operations.md)');
    } else {
      this.logger.log('SMTP_URL is not set: e-mails are logged, not sent');
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }

  /** Resolves once the relay accepted the message; throws a MailDeliveryError otherwise. */
  async send(message: MailMessage): Promise<MailOutcome> {
    const to = typeof message.to === 'string' ? [message.to] : [...message.to];
    const invalid = [...to, ...(message.cc ?? [])].filter((a) => !ADDRESS.test(a));
    if (to.length === 0 || invalid.length > 0) {
      throw new MailDeliveryError(`unusable recipient address: ${JSON.stringify(invalid)}`, true);
    }
    const mail = {
      to,
      cc: message.cc ? [...message.cc] : undefined,
      replyTo: message.replyTo,
      subject: message.subject,
      text: message.text,
      html: message.html,
      attachments: message.attachments?.map((a) => ({ ...a })),
      headers: message.headers ? { ...message.headers } : undefined,
      messageId: message.messageId,
    };
    if (!this.transport && this.outbox) return this.outbox.deliver(mail);
    if (!this.transport) {
      // An address is personal data: only development and test logs show it.
      this.logger.log(
        this.config.env === 'production' ? { subject: message.subject } : { to, subject: message.subject },
        'e-mail not sent: SMTP_URL is not set',
      );
      return { status: 'not-configured' };
    }
    try {
      const info = await this.transport.sendMail(mail);
      return { status: 'sent', messageId: info.messageId };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new MailDeliveryError(`e-mail not accepted: ${reason}`, isPermanent(error), { cause: error });
    }
  }
}
