import { Controller, Res } from '@nestjs/common';
import {
  routes,
  type CertificateDetail,
  type CertificatePage,
  type CertificateTemplateView,
  type FailedCertificateJobs,
  type MyCertificates,
  type RecertifyResult,
} from '@sen/contracts';
import type { FastifyReply } from 'fastify';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { AuthenticatedContext } from '../../core/access/actor';
import { AppError } from '../../core/http/app-error';
import { Endpoint } from '../../core/http/endpoint.decorator';
import { Input, type In } from '../../core/http/input.decorator';
import { Ctx } from '../../core/http/request-context.decorator';
import { XLSX_MIME } from '../quizzes/question-bank-xlsx';
import { sendPrivateDownload } from '../uploads/file-response';
import { CertificateJobsService } from './certificate-jobs.service';
import { CertificateTemplatesService } from './certificate-templates.service';
import { CertificatesService, type CertificateFile } from './certificates.service';

@Controller()
export class CertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly templates: CertificateTemplatesService,
    private readonly jobs: CertificateJobsService,
  ) {}

  @Endpoint(routes.myCertificates)
  mine(@Ctx() ctx: AuthenticatedContext): Promise<MyCertificates> {
    return this.certificates.mine(ctx.actor);
  }

  @Endpoint(routes.downloadMyCertificate)
  async downloadMine(
    @Ctx() ctx: AuthenticatedContext,
    @Input() input: In<'downloadMyCertificate'>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.sendPdf(await this.certificates.myFile(ctx.actor, input.params.id), reply);
  }

  @Endpoint(routes.myCertificateBadge)
  async myBadge(
    @Ctx() ctx: AuthenticatedContext,
    @Input() input: In<'myCertificateBadge'>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { fileName, json } = await this.certificates.myBadge(ctx.actor, input.params.id);
    await sendPrivateDownload(reply, { contentType: 'application/json; charset=utf-8', fileName, body: json });
  }

  @Endpoint(routes.recertify)
  recertify(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'recertify'>): Promise<RecertifyResult> {
    return this.certificates.recertify(ctx, input.params.id);
  }

  @Endpoint(routes.listCertificates)
  list(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'listCertificates'>): Promise<CertificatePage> {
    return this.certificates.list(ctx.actor, input.query);
  }

  @Endpoint(routes.exportCertificates)
  async export(
    @Ctx() ctx: AuthenticatedContext,
    @Input() input: In<'exportCertificates'>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { fileName, xlsx } = await this.certificates.export(ctx.actor, input.query);
    await sendPrivateDownload(reply, { contentType: XLSX_MIME, fileName, body: xlsx });
  }

  @Endpoint(routes.getCertificate)
  get(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'getCertificate'>): Promise<CertificateDetail> {
    return this.certificates.detail(ctx.actor, input.params.id);
  }

  @Endpoint(routes.downloadCertificate)
  async download(
    @Ctx() ctx: AuthenticatedContext,
    @Input() input: In<'downloadCertificate'>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.sendPdf(await this.certificates.staffFile(ctx.actor, input.params.id), reply);
  }

  @Endpoint(routes.revokeCertificate)
  revoke(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'revokeCertificate'>): Promise<CertificateDetail> {
    return this.certificates.revoke(ctx, input.params.id, input.body.reason);
  }

  @Endpoint(routes.reissueCertificate)
  reissue(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'reissueCertificate'>): Promise<CertificateDetail> {
    return this.certificates.reissue(ctx, input.params.id, input.body.reason);
  }

  @Endpoint(routes.failedCertificateJobs)
  failedJobs(@Ctx() ctx: AuthenticatedContext): Promise<FailedCertificateJobs> {
    return this.jobs.failed(ctx.actor);
  }

  @Endpoint(routes.retryCertificateJob)
  retryJob(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'retryCertificateJob'>): Promise<void> {
    return this.jobs.retry(ctx, input.params.jobId);
  }

  @Endpoint(routes.getCertificateTemplate)
  template(
    @Ctx() ctx: AuthenticatedContext,
    @Input() input: In<'getCertificateTemplate'>,
  ): Promise<CertificateTemplateView> {
    return this.templates.get(ctx.actor, input.params.id);
  }

  @Endpoint(routes.updateCertificateTemplate)
  updateTemplate(
    @Ctx() ctx: AuthenticatedContext,
    @Input() input: In<'updateCertificateTemplate'>,
  ): Promise<CertificateTemplateView> {
    return this.templates.update(ctx, input.params.id, input.body);
  }

  /** The stored PDF as issued: downloads never render it again. */
  private async sendPdf(file: CertificateFile, reply: FastifyReply): Promise<void> {
    const size = await stat(file.filePath).then(
      (s) => s.size,
      () => null,
    );
    if (size === null) throw AppError.notFound('Certificate file');
    await sendPrivateDownload(reply, {
      contentType: 'application/pdf',
      fileName: file.fileName,
      body: createReadStream(file.filePath),
      length: size,
    });
  }
}
