import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ReportDeliveryView,
  ReportDetail,
  ReportListItem,
  ReportListQuery,
  ReportPage,
  ReportRunResult,
  ReportScheduleOptions,
  Role,
  RunReportBody,
} from '@sen/contracts';
import { DataSource } from 'typeorm';
import type { Actor, AuthenticatedContext } from '../../core/access/actor';
import { covers, scopePatterns } from '../../core/access/scope';
import { AuditWriter } from '../../core/audit/audit-writer';
import { AppError } from '../../core/http/app-error';
import { ReportJobs } from './jobs/report-jobs';
import { demandPeriod, endedPeriod, periodReached, type ReportPeriod } from './periods/report-periods';
import { ReportFiles, reportFileName, type ReportFileKind } from './report-files';
import { ReportRunsRepository, type RunSchedule } from './report-runs.repository';
import { ReportsRepository, type StaffReportRow } from './reports.repository';

const VIEWERS: readonly Role[] = ['admin', 'reviewer'];
const ADMIN: readonly Role[] = ['admin'];

export interface StoredReportFile {
  filePath: string;
  fileName: string;
}

function listItem(row: StaffReportRow): ReportListItem {
  const { unitId: _unitId, unitPath: _unitPath, ...item } = row;
  return {
    id: item.id,
    committee: item.committee,
    schedule: item.schedule,
    cohort: item.cohort,
    period: item.period,
    status: item.status,
    createdAt: item.createdAt,
    builtAt: item.builtAt,
    lastError: item.lastError,
    deliveries: item.deliveries,
  };
}

/**
 * The staff's side of committee reports, in the scope of the committee's unit: admins run a schedule now and
 * resend a copy; reviewers (and admins) follow the reports and their delivery logs.
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reports: ReportsRepository,
    private readonly runs: ReportRunsRepository,
    private readonly files: ReportFiles,
    private readonly jobs: ReportJobs,
    private readonly audit: AuditWriter,
  ) {}

  async scheduleOptions(actor: Actor): Promise<ReportScheduleOptions> {
    return { items: await this.reports.scheduleOptions(scopePatterns(actor, VIEWERS)) };
  }

  /**
   * Asks for the schedule's report of a period: the dates given (on demand), else the period that has just ended.
   * A period's report exists once, so asking again answers the existing report with `created: false` — not a
   * 409: the admin wanted that report, and here it is. Either way the run is enqueued, which builds what is not
   * built and sends only the copies not sent yet (a recipient added since gets hers; nobody gets two).
   */
  async run(ctx: AuthenticatedContext, scheduleId: string, body: RunReportBody): Promise<ReportRunResult> {
    const schedule = await this.runs.schedule(scheduleId);
    if (!schedule || schedule.committeeArchived || !covers(ctx.actor, ADMIN, schedule.unitPath)) {
      throw AppError.notFound('Report schedule');
    }
    const period = this.periodFor(schedule, body);
    const report = await this.db.transaction(async (manager) => {
      const ref = await this.runs.ensureReport(manager, schedule.id, period, ctx.actor.userId);
      // A period whose build gave up is tried again when asked for again.
      if (ref.status === 'failed') await this.runs.reopen(manager, ref.id);
      await this.audit.record(manager, ctx, {
        action: 'report.run',
        targetType: 'report',
        targetId: ref.id,
        unitId: schedule.unitId,
        details: { scheduleId, periodKey: period.key, created: ref.created },
      });
      return ref;
    });
    await this.jobs.run([{ reportId: report.id, scheduleId, periodKey: period.key }]);
    const row = await this.reports.row(report.id);
    return { report: listItem(row!), created: report.created };
  }

  private periodFor(schedule: RunSchedule, body: RunReportBody): ReportPeriod {
    const now = new Date();
    if (body.from !== undefined && body.to !== undefined) {
      const period = demandPeriod(body.from, body.to);
      if (!periodReached(period, now)) {
        throw AppError.field('REPORT_PERIOD_NOT_ENDED', 'body.to', 'The period must not end after today');
      }
      return period;
    }
    if (schedule.kind === 'on_demand') {
      throw AppError.field('VALIDATION_FAILED', 'body.from', 'An on-demand schedule needs the dates of its period');
    }
    const period = endedPeriod(schedule.kind, now, schedule.cohort);
    if (!period) throw new AppError('REPORT_PERIOD_NOT_ENDED', 'The cohort has not ended yet');
    return period;
  }

  async list(actor: Actor, query: ReportListQuery): Promise<ReportPage> {
    const { rows, total } = await this.reports.page(scopePatterns(actor, VIEWERS), query);
    return { items: rows.map(listItem), total, page: query.page, pageSize: query.pageSize };
  }

  async detail(actor: Actor, reportId: string): Promise<ReportDetail> {
    const row = await this.reports.row(reportId);
    if (!row || !covers(actor, VIEWERS, row.unitPath)) throw AppError.notFound('Report');
    return {
      ...listItem(row),
      requestedBy: row.requestedBy,
      headline: row.summary?.headline ?? null,
      units: row.summary?.units ?? [],
      deliveryLog: await this.reports.deliveries(reportId),
    };
  }

  async file(actor: Actor, reportId: string, kind: ReportFileKind): Promise<StoredReportFile> {
    const row = await this.reports.row(reportId);
    if (!row || !covers(actor, VIEWERS, row.unitPath)) throw AppError.notFound('Report');
    const path = kind === 'pdf' ? row.pdfPath : row.xlsxPath;
    if (row.status !== 'ready' || !path) throw new AppError('REPORT_NOT_READY', 'The report is still being built');
    return { filePath: this.files.absolutePath(path), fileName: reportFileName(row.period.key, kind) };
  }

  /**
   * Sends a copy again with its same Message-ID (a recipient's client shows it once): a sent or failed copy goes
   * back to pending; one pending or being sent is only given a job again if it lost its own.
   */
  async resend(ctx: AuthenticatedContext, deliveryId: string): Promise<ReportDeliveryView> {
    // The copy as the resend left it: a worker may take it the moment its job is added.
    const view = await this.db.transaction(async (manager) => {
      const delivery = await this.reports.lockDelivery(manager, deliveryId);
      if (!delivery || !covers(ctx.actor, ADMIN, delivery.unitPath)) throw AppError.notFound('Report delivery');
      await this.reports.requeue(manager, deliveryId);
      await this.audit.record(manager, ctx, {
        action: 'report.resend',
        targetType: 'report-delivery',
        targetId: deliveryId,
        unitId: delivery.unitId,
        details: { reportId: delivery.reportId, statusBefore: delivery.status },
      });
      return (await this.reports.delivery(deliveryId, manager))!;
    });
    await this.jobs.deliver([deliveryId]);
    return view;
  }
}
