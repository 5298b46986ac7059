import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RecipientBody, RecipientView, UpdateRecipientBody } from '@sen/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedContext } from '../../core/access/actor';
import { AuditWriter } from '../../core/audit/audit-writer';
import { AppError } from '../../core/http/app-error';
import { COMMITTEE_ADMINS, CommitteeAccess, type LockedCommittee } from './committee-access';
import { CommitteeRecipientsRepository, type RecipientRow } from './committee-recipients.repository';
import { toRecipientView } from './committees.mapper';

const EMAIL_TAKEN = () =>
  AppError.field('RECIPIENT_EMAIL_TAKEN', 'body.email', 'Another recipient of this committee has this e-mail address');

/** The people a committee's reports go to; removed softly, so the delivery log keeps naming them. */
@Injectable()
export class CommitteeRecipientsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly recipients: CommitteeRecipientsRepository,
    private readonly access: CommitteeAccess,
    private readonly audit: AuditWriter,
  ) {}

  async add(ctx: AuthenticatedContext, committeeId: string, body: RecipientBody): Promise<RecipientView> {
    return this.db.transaction(async (manager) => {
      const committee = await this.access.lockForChange(manager, ctx.actor, committeeId, COMMITTEE_ADMINS);
      if (await this.recipients.emailTaken(manager, committeeId, body.email)) throw EMAIL_TAKEN();
      const recipient = await this.recipients.insert(manager, committeeId, body);
      await this.audit.record(manager, ctx, {
        action: 'committee-recipient.add',
        targetType: 'committee-recipient',
        targetId: recipient.id,
        unitId: committee.unitId,
        details: { committeeId, fullName: body.fullName, email: body.email, role: body.role },
      });
      return toRecipientView(recipient);
    });
  }

  async update(ctx: AuthenticatedContext, id: string, body: UpdateRecipientBody): Promise<RecipientView> {
    return this.db.transaction(async (manager) => {
      const { committee, recipient } = await this.lockRecipient(manager, ctx, id);
      if (body.email && (await this.recipients.emailTaken(manager, committee.id, body.email, id))) throw EMAIL_TAKEN();
      const updated = await this.recipients.update(manager, id, body);
      await this.audit.record(manager, ctx, {
        action: 'committee-recipient.update',
        targetType: 'committee-recipient',
        targetId: id,
        unitId: committee.unitId,
        details: {
          committeeId: committee.id,
          before: { fullName: recipient.fullName, email: recipient.email, role: recipient.role },
          after: { fullName: updated.fullName, email: updated.email, role: updated.role },
        },
      });
      return toRecipientView(updated);
    });
  }

  async remove(ctx: AuthenticatedContext, id: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const { committee, recipient } = await this.lockRecipient(manager, ctx, id);
      await this.recipients.remove(manager, id);
      await this.audit.record(manager, ctx, {
        action: 'committee-recipient.remove',
        targetType: 'committee-recipient',
        targetId: id,
        unitId: committee.unitId,
        details: { committeeId: committee.id, fullName: recipient.fullName, email: recipient.email },
      });
    });
  }

  /** The recipient and her committee, locked; read again under the lock, as a parallel removal may have won. */
  private async lockRecipient(
    manager: EntityManager,
    ctx: AuthenticatedContext,
    id: string,
  ): Promise<{ committee: LockedCommittee; recipient: RecipientRow }> {
    const found = await this.recipients.findCurrent(manager, id);
    if (!found) throw AppError.notFound('Recipient');
    const committee = await this.access.lockForChange(manager, ctx.actor, found.committeeId, COMMITTEE_ADMINS);
    const recipient = await this.recipients.findCurrent(manager, id);
    if (!recipient) throw AppError.notFound('Recipient');
    return { committee, recipient };
  }
}
