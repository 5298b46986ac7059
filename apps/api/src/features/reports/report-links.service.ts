import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReportLinkView, ReportReceipt } from '@sen/contracts';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../../core/access/actor';
import { AuditWriter } from '../../core/audit/audit-writer';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { AppError } from '../../core/http/app-error';
import { REDIS } from '../../core/redis/redis.module';
import { PerAddressLimiter } from '../../core/security/per-address-limiter';
import { ReportLinks } from './links/report-links';
import { ReportLinksRepository, type LinkedCopy } from './report-links.repository';
import { ReportFiles, reportFileName, type ReportFileKind } from './report-files';
import type { StoredReportFile } from './reports.service';

/**
 * What a committee recipient does through the signed link in her mail, without an account: read the summary,
 * open the files, confirm receipt. A token that does not verify answers 404, exactly like a genuine token of a
 * copy that no longer exists, so the answer says nothing about which part was wrong. Rate-limited per address
 * (the verification budget), so the link cannot be used to probe at speed.
 */
@Injectable()
export class ReportLinksService {
  private readonly limiter: PerAddressLimiter;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly copies: ReportLinksRepository,
    private readonly links: ReportLinks,
    private readonly files: ReportFiles,
    private readonly audit: AuditWriter,
    @Inject(REDIS) redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limiter = new PerAddressLimiter(
      redis,
      `${config.redisPrefix}:rl:report-link`,
      config.verifyRatePerMinute,
      'report link requests',
    );
  }

  private async copyOf(
    ip: string,
    token: string,
  ): Promise<LinkedCopy & { summary: NonNullable<LinkedCopy['summary']> }> {
    await this.limiter.consume(ip);
    const deliveryId = this.links.deliveryOf(token);
    const copy = deliveryId ? await this.copies.copy(deliveryId) : null;
    // Copies exist only for built reports; the check keeps a later change of that rule from showing an empty page.
    if (!copy || copy.reportStatus !== 'ready' || !copy.summary) throw AppError.notFound('Report');
    return { ...copy, summary: copy.summary };
  }

  async view(ip: string, token: string): Promise<ReportLinkView> {
    const copy = await this.copyOf(ip, token);
    await this.copies.markOpened(copy.deliveryId);
    const { summary } = copy;
    return {
      title: summary.title,
      issuer: summary.issuer,
      committee: summary.committee,
      recipientName: copy.recipientName,
      period: copy.period,
      cohortName: summary.cohortName,
      headline: summary.headline,
      units: summary.units.map((u) => u.name),
      files: { pdf: reportFileName(copy.period.key, 'pdf'), xlsx: reportFileName(copy.period.key, 'xlsx') },
      sentAt: copy.sentAt?.toISOString() ?? null,
      receivedAt: copy.receivedAt?.toISOString() ?? null,
    };
  }

  async file(ip: string, token: string, kind: ReportFileKind): Promise<StoredReportFile> {
    const copy = await this.copyOf(ip, token);
    const path = kind === 'pdf' ? copy.pdfPath : copy.xlsxPath;
    if (!path) throw AppError.notFound('Report file');
    await this.copies.markOpened(copy.deliveryId);
    return { filePath: this.files.absolutePath(path), fileName: reportFileName(copy.period.key, kind) };
  }

  /** The first confirmation is recorded (and audited); a repeat answers the same time and changes nothing. */
  async confirm(ctx: RequestContext, token: string): Promise<ReportReceipt> {
    const copy = await this.copyOf(ctx.ip, token);
    const receivedAt = await this.db.transaction(async (manager) => {
      const receipt = await this.copies.markReceived(manager, copy.deliveryId);
      if (receipt.first) {
        await this.audit.record(manager, ctx, {
          action: 'report.receipt',
          targetType: 'report-delivery',
          targetId: copy.deliveryId,
          unitId: copy.unitId,
          // The recipient has no account; whoever may be signed in on this browser is not the one confirming.
          actorUserId: null,
        });
      }
      return receipt.receivedAt;
    });
    return { receivedAt: receivedAt.toISOString() };
  }
}
