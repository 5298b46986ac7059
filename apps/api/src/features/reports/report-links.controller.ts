import { Controller, Header, Res } from '@nestjs/common';
import { routes, type ReportLinkView, type ReportReceipt } from '@sen/contracts';
import type { FastifyReply } from 'fastify';
import type { RequestContext } from '../../core/access/actor';
import { Endpoint } from '../../core/http/endpoint.decorator';
import { Input, type In } from '../../core/http/input.decorator';
import { Ctx } from '../../core/http/request-context.decorator';
import { ReportLinksService } from './report-links.service';
import { sendReportFile } from './report-file-response';

/** Public: a committee recipient's signed link, without an account. Never cached, never indexed. */
@Controller()
export class ReportLinksController {
  constructor(private readonly links: ReportLinksService) {}

  @Endpoint(routes.openReportLink)
  @Header('cache-control', 'no-store')
  @Header('x-robots-tag', 'noindex')
  open(@Ctx() ctx: RequestContext, @Input() input: In<'openReportLink'>): Promise<ReportLinkView> {
    return this.links.view(ctx.ip, input.params.token);
  }

  @Endpoint(routes.reportLinkPdf)
  @Header('x-robots-tag', 'noindex')
  async pdf(
    @Ctx() ctx: RequestContext,
    @Input() input: In<'reportLinkPdf'>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendReportFile(reply, await this.links.file(ctx.ip, input.params.token, 'pdf'), 'pdf');
  }

  @Endpoint(routes.reportLinkXlsx)
  @Header('x-robots-tag', 'noindex')
  async xlsx(
    @Ctx() ctx: RequestContext,
    @Input() input: In<'reportLinkXlsx'>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendReportFile(reply, await this.links.file(ctx.ip, input.params.token, 'xlsx'), 'xlsx');
  }

  @Endpoint(routes.confirmReportReceipt)
  @Header('cache-control', 'no-store')
  confirm(@Ctx() ctx: RequestContext, @Input() input: In<'confirmReportReceipt'>): Promise<ReportReceipt> {
    return this.links.confirm(ctx, input.params.token);
  }
}
