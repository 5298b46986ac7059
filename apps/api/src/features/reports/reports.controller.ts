import { Controller, Res } from '@nestjs/common';
import {
  routes,
  type ReportDeliveryView,
  type ReportDetail,
  type ReportPage,
  type ReportRunResult,
  type ReportScheduleOptions,
} from '@sen/contracts';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedContext } from '../../core/access/actor';
import { Endpoint } from '../../core/http/endpoint.decorator';
import { Input, type In } from '../../core/http/input.decorator';
import { Ctx } from '../../core/http/request-context.decorator';
import { sendReportFile } from './report-file-response';
import { ReportsService } from './reports.service';

/** Staff: run a schedule now, follow reports and their delivery logs, resend a copy. */
@Controller()
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Endpoint(routes.listReportScheduleOptions)
  scheduleOptions(@Ctx() ctx: AuthenticatedContext): Promise<ReportScheduleOptions> {
    return this.reports.scheduleOptions(ctx.actor);
  }

  @Endpoint(routes.runReportSchedule)
  run(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'runReportSchedule'>): Promise<ReportRunResult> {
    return this.reports.run(ctx, input.params.id, input.body);
  }

  @Endpoint(routes.listReports)
  list(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'listReports'>): Promise<ReportPage> {
    return this.reports.list(ctx.actor, input.query);
  }

  @Endpoint(routes.getReport)
  get(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'getReport'>): Promise<ReportDetail> {
    return this.reports.detail(ctx.actor, input.params.id);
  }

  @Endpoint(routes.downloadReportPdf)
  async pdf(
    @Ctx() ctx: AuthenticatedContext,
    @Input() input: In<'downloadReportPdf'>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendReportFile(reply, await this.reports.file(ctx.actor, input.params.id, 'pdf'), 'pdf');
  }

  @Endpoint(routes.downloadReportXlsx)
  async xlsx(
    @Ctx() ctx: AuthenticatedContext,
    @Input() input: In<'downloadReportXlsx'>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendReportFile(reply, await this.reports.file(ctx.actor, input.params.id, 'xlsx'), 'xlsx');
  }

  @Endpoint(routes.resendReportDelivery)
  resend(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'resendReportDelivery'>): Promise<ReportDeliveryView> {
    return this.reports.resend(ctx, input.params.id);
  }
}
