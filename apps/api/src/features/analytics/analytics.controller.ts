import { Controller, Res } from '@nestjs/common';
import { routes, type AnalyticsBreakdown, type AnalyticsRosterPage, type AnalyticsTrend } from '@sen/contracts';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedContext } from '../../core/access/actor';
import { Endpoint } from '../../core/http/endpoint.decorator';
import { Input, type In } from '../../core/http/input.decorator';
import { Ctx } from '../../core/http/request-context.decorator';
import { sendPrivateDownload } from '../uploads/file-response';
import { AnalyticsService } from './analytics.service';

@Controller()
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Endpoint(routes.analyticsBreakdown)
  breakdown(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'analyticsBreakdown'>): Promise<AnalyticsBreakdown> {
    return this.analytics.breakdown(ctx.actor, input.params.id, input.query);
  }

  @Endpoint(routes.analyticsTrend)
  trend(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'analyticsTrend'>): Promise<AnalyticsTrend> {
    return this.analytics.trend(ctx.actor, input.params.id, input.query);
  }

  @Endpoint(routes.analyticsRoster)
  roster(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'analyticsRoster'>): Promise<AnalyticsRosterPage> {
    return this.analytics.roster(ctx.actor, input.params.id, input.query);
  }

  @Endpoint(routes.analyticsExport)
  async export(
    @Ctx() ctx: AuthenticatedContext,
    @Input() input: In<'analyticsExport'>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendPrivateDownload(reply, await this.analytics.export(ctx.actor, input.params.id, input.query));
  }
}
