import { Controller } from '@nestjs/common';
import { routes, type CommitteeDetail, type CommitteePage, type RecipientView } from '@sen/contracts';
import type { AuthenticatedContext } from '../../core/access/actor';
import { Endpoint } from '../../core/http/endpoint.decorator';
import { Input, type In } from '../../core/http/input.decorator';
import { Ctx } from '../../core/http/request-context.decorator';
import { CommitteeRecipientsService } from './committee-recipients.service';
import { CommitteesService } from './committees.service';

@Controller()
export class CommitteesController {
  constructor(
    private readonly committees: CommitteesService,
    private readonly recipients: CommitteeRecipientsService,
  ) {}

  @Endpoint(routes.listCommittees)
  list(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'listCommittees'>): Promise<CommitteePage> {
    return this.committees.list(ctx.actor, input.query);
  }

  @Endpoint(routes.getCommittee)
  get(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'getCommittee'>): Promise<CommitteeDetail> {
    return this.committees.get(ctx.actor, input.params.id);
  }

  @Endpoint(routes.createCommittee)
  create(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'createCommittee'>): Promise<CommitteeDetail> {
    return this.committees.create(ctx, input.body);
  }

  @Endpoint(routes.updateCommittee)
  update(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'updateCommittee'>): Promise<CommitteeDetail> {
    return this.committees.update(ctx, input.params.id, input.body);
  }

  @Endpoint(routes.archiveCommittee)
  archive(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'archiveCommittee'>): Promise<CommitteeDetail> {
    return this.committees.archive(ctx, input.params.id);
  }

  @Endpoint(routes.addCommitteeRecipient)
  addRecipient(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'addCommitteeRecipient'>): Promise<RecipientView> {
    return this.recipients.add(ctx, input.params.id, input.body);
  }

  @Endpoint(routes.updateCommitteeRecipient)
  updateRecipient(
    @Ctx() ctx: AuthenticatedContext,
    @Input() input: In<'updateCommitteeRecipient'>,
  ): Promise<RecipientView> {
    return this.recipients.update(ctx, input.params.id, input.body);
  }

  @Endpoint(routes.removeCommitteeRecipient)
  removeRecipient(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'removeCommitteeRecipient'>): Promise<void> {
    return this.recipients.remove(ctx, input.params.id);
  }
}
