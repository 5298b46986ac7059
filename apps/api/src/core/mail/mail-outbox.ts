import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createTransport, type SendMailOptions, type Transporter } from 'nodemailer';
import type StreamTransport from 'nodemailer/lib/stream-transport';
import type { MailOutcome } from './mailer';

/**
 * A mail catcher for running without a relay (`npm start`'s demo): nodemailer builds the message exactly as it
 * would for SMTP — headers, Message-ID, attachments — and the whole message is written as an `.eml` file any
 * mail client opens. The message counts as delivered: it reached the only mailbox there is.
 */
export class MailOutbox {
  readonly dir: string;
  private readonly transport: Transporter<StreamTransport.SentMessageInfo>;

  constructor(dir: string, from: string) {
    this.dir = resolve(dir);
    const options: StreamTransport.Options = { streamTransport: true, buffer: true, newline: 'unix', from };
    this.transport = createTransport(options);
  }

  async deliver(mail: SendMailOptions): Promise<MailOutcome> {
    const info = await this.transport.sendMail(mail);
    await mkdir(this.dir, { recursive: true });
    // Time first, so the directory lists in sending order; the id's characters that a file name cannot hold go.
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[^A-Za-z0-9.@-]/g, '')}.eml`;
    await writeFile(join(this.dir, name), info.message as Buffer);
    return { status: 'sent', messageId: info.messageId };
  }
}
