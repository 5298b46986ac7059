import { Controller, Res } from '@nestjs/common';
import { routes, type ContestPage, type ContestView, type Leaderboard, type MyContests } from '@sen/contracts';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedContext } from '../../core/access/actor';
import { Endpoint } from '../../core/http/endpoint.decorator';
import { Input, type In } from '../../core/http/input.decorator';
import { Ctx } from '../../core/http/request-context.decorator';
import { sendPrivateDownload } from '../uploads/file-response';
import { ContestsService } from './contests.service';

@Controller()
export class ContestsController {
  constructor(private readonly contests: ContestsService) {}

  @Endpoint(routes.listContests)
  list(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'listContests'>): Promise<ContestPage> {
    return this.contests.list(ctx.actor, input.query);
  }

  @Endpoint(routes.createContest)
  create(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'createContest'>): Promise<ContestView> {
    return this.contests.create(ctx, input.body);
  }

  @Endpoint(routes.getContest)
  get(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'getContest'>): Promise<ContestView> {
    return this.contests.get(ctx.actor, input.params.id);
  }

  @Endpoint(routes.updateContest)
  update(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'updateContest'>): Promise<ContestView> {
    return this.contests.update(ctx, input.params.id, input.body);
  }

  @Endpoint(routes.withdrawContestant)
  withdraw(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'withdrawContestant'>): Promise<ContestView> {
    return this.contests.withdraw(ctx, input.params.id, input.body);
  }

  @Endpoint(routes.contestLeaderboard)
  leaderboard(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'contestLeaderboard'>): Promise<Leaderboard> {
    return this.contests.leaderboard(ctx, input.params.id, input.query);
  }

  @Endpoint(routes.exportContestResults)
  async exportResults(
    @Ctx() ctx: AuthenticatedContext,
    @Input() input: In<'exportContestResults'>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { fileName, csv } = await this.contests.exportResults(ctx, input.params.id);
    await sendPrivateDownload(reply, { contentType: 'text/csv; charset=utf-8', fileName, body: csv });
  }

  @Endpoint(routes.myContests)
  mine(@Ctx() ctx: AuthenticatedContext): Promise<MyContests> {
    return this.contests.mine(ctx.actor);
  }
}
