import { Injectable } from '@nestjs/common';
import type { AnalyticsQuery } from '@sen/contracts';
import type { EntityManager } from 'typeorm';
import { AnalyticsReader } from '../analytics/analytics-reader';
import { periodTitle } from './periods/report-periods';
import { renderReportPdf } from './render/render-report-pdf';
import { renderReportXlsx } from './render/render-report-xlsx';
import { composeReport, type ReportContent } from './render/report-content';
import { ReportFiles } from './report-files';
import {
  ReportRunsRepository,
  type BuildSource,
  type BuiltFiles,
  type LockedReport,
  type ReportSummary,
  type RunSchedule,
} from './report-runs.repository';

/** "Hội LHPN tỉnh Nam Định" → "Nam Định": the place an official document is dated from. */
export function placeOf(unionName: string): string {
  return unionName
    .normalize('NFC')
    .replace(/^Hội\s+(LHPN|Liên hiệp Phụ nữ)\s+/iu, '')
    .replace(/^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+/iu, '')
    .trim();
}

export const REPORT_TITLE = 'Báo cáo kết quả đào tạo, bồi dưỡng cán bộ';

/**
 * Gathers a report's numbers (each committee unit's breakdown as of the period's end, with the period's start for
 * activity and the schedule's courses, and its trend), renders both files and writes them under the report's id.
 */
@Injectable()
export class ReportBuilder {
  constructor(
    private readonly analytics: AnalyticsReader,
    private readonly runs: ReportRunsRepository,
    private readonly files: ReportFiles,
  ) {}

  private async gather(
    manager: EntityManager,
    report: LockedReport,
    schedule: RunSchedule,
  ): Promise<{ content: ReportContent; source: BuildSource }> {
    const source = await this.runs.buildSource(manager, schedule.id);
    const query: AnalyticsQuery = {
      from: report.period.start,
      to: report.period.end,
      courseIds: schedule.courseIds.length > 0 ? schedule.courseIds : undefined,
      reserve: 'all',
      threshold: 80,
    };
    // Each committee unit's numbers read side by side, not one unit after another under the report's lock.
    const units = await Promise.all(
      source.units.map(async (unit) => {
        const [breakdown, trend] = await Promise.all([
          this.analytics.breakdown(unit.id, query),
          this.analytics.trend(unit.id, query),
        ]);
        return { breakdown, trend };
      }),
    );
    const content = composeReport({
      issuer: source.issuerName,
      place: placeOf(source.rootName),
      date: report.createdAt,
      committee: source.committeeName,
      periodTitle: periodTitle(report.period, source.cohortName),
      period: { start: report.period.start, end: report.period.end },
      courses: source.courseNames,
      signatory: { title: 'Chủ tịch', name: source.presidentName },
      units,
    });
    return { content, source };
  }

  async build(
    manager: EntityManager,
    report: LockedReport,
    schedule: RunSchedule,
  ): Promise<{ files: BuiltFiles; summary: ReportSummary }> {
    const { content, source } = await this.gather(manager, report, schedule);
    const [pdf, xlsx] = await Promise.all([renderReportPdf(content), renderReportXlsx(content)]);
    const [pdfFile, xlsxFile] = await Promise.all([
      this.files.write(report.id, 'pdf', pdf),
      this.files.write(report.id, 'xlsx', xlsx),
    ]);
    return {
      files: { pdfPath: pdfFile.path, pdfSha256: pdfFile.sha256, xlsxPath: xlsxFile.path, xlsxSha256: xlsxFile.sha256 },
      summary: {
        title: `${REPORT_TITLE} — ${content.periodTitle}`,
        issuer: content.issuer,
        committee: content.committee,
        periodTitle: content.periodTitle,
        cohortName: source.cohortName,
        headline: content.headline,
        units: source.units,
      },
    };
  }
}
