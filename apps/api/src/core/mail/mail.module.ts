import { Module } from '@nestjs/common';
import { Mailer } from './mailer';

/** Outgoing mail; import it where messages are sent (the worker's jobs), so the API opens no SMTP pool. */
@Module({ providers: [Mailer], exports: [Mailer] })
export class MailModule {}
