import { Injectable } from '@nestjs/common';
import type {
  AnalyticsBreakdown,
  AnalyticsExportQuery,
  AnalyticsQuery,
  AnalyticsRosterPage,
  AnalyticsRosterQuery,
  AnalyticsTrend,
  Role,
} from '@sen/contracts';
import { Readable } from 'node:stream';
import type { Actor } from '../../core/access/actor';
import { covers, scopeRoots } from '../../core/access/scope';
import { AppError } from '../../core/http/app-error';
import { UnitScope } from '../organisation/unit-scope';
import { XLSX_MIME } from '../quizzes/question-bank-xlsx';
import { rosterXlsxStream, tableCsv, tablesXlsx } from './analytics-files';
import { AnalyticsReader } from './analytics-reader';
import {
  ROSTER_COLUMNS,
  VIEW_FILE_NAMES,
  POSITION_VI,
  ROLE_VI,
  childrenTable,
  coursesTable,
  positionsTable,
  trendTable,
  type Table,
} from './analytics-tables';
import { AnalyticsRepository } from './analytics.repository';

const VIEWERS: readonly Role[] = ['admin', 'reviewer'];
const CSV_MIME = 'text/csv; charset=utf-8';

export interface AnalyticsFile {
  fileName: string;
  contentType: string;
  body: Buffer | string | Readable;
}

/** The dashboard's views for a unit in the caller's scope; anything outside it is "not found". */
@Injectable()
export class AnalyticsService {
  constructor(
    private readonly reader: AnalyticsReader,
    private readonly repository: AnalyticsRepository,
    private readonly scope: UnitScope,
  ) {}

  /** The drill-down: the unit with its children and lineage in one read, its numbers in another. */
  async breakdown(actor: Actor, unitId: string, query: AnalyticsQuery): Promise<AnalyticsBreakdown> {
    const tree = await this.repository.unitTree(unitId);
    if (!tree || !covers(actor, VIEWERS, tree.unit.path)) throw AppError.notFound('Unit');
    // The trail starts at the top of the caller's scope.
    const top = scopeRoots(actor, VIEWERS).find((root) => tree.unit.path.startsWith(root)) ?? tree.unit.path;
    const hidden = top.split('/').filter(Boolean).length - 1;
    return this.reader.breakdownOf(tree, query, tree.ancestors.slice(hidden));
  }

  async trend(actor: Actor, unitId: string, query: AnalyticsQuery): Promise<AnalyticsTrend> {
    await this.scope.requirePath(actor, VIEWERS, unitId);
    return this.reader.trend(unitId, query);
  }

  async roster(actor: Actor, unitId: string, query: AnalyticsRosterQuery): Promise<AnalyticsRosterPage> {
    const path = await this.scope.requirePath(actor, VIEWERS, unitId);
    return this.reader.rosterPage(await this.reader.rosterFilter(path, query), query.page, query.pageSize);
  }

  async export(actor: Actor, unitId: string, query: AnalyticsExportQuery): Promise<AnalyticsFile> {
    const path = await this.scope.requirePath(actor, VIEWERS, unitId);
    const fileName = (asOf: string) => `tien-do-${VIEW_FILE_NAMES[query.view]}-${asOf}.${query.format}`;
    const contentType = query.format === 'csv' ? CSV_MIME : XLSX_MIME;
    if (query.view === 'roster') {
      const filter = await this.reader.rosterFilter(path, query);
      const body =
        query.format === 'csv' ? Readable.from(this.rosterCsv(filter)) : rosterXlsxStream(this.reader.roster(filter));
      return { fileName: fileName(filter.asOf), contentType, body };
    }
    const { table, asOf } = await this.table(unitId, query);
    return {
      fileName: fileName(asOf),
      contentType,
      body: query.format === 'csv' ? tableCsv(table) : await tablesXlsx([table]),
    };
  }

  private async *rosterCsv(filter: Parameters<AnalyticsRepository['rosterCsv']>[0]): AsyncGenerator<Buffer | string> {
    // The header in the line ending COPY writes, so the file has one.
    yield tableCsv({ title: '', columns: ROSTER_COLUMNS, rows: [] }, '\n');
    yield* this.repository.rosterCsv(filter, { positions: POSITION_VI, roles: ROLE_VI });
  }

  private async table(unitId: string, query: AnalyticsExportQuery): Promise<{ table: Table; asOf: string }> {
    if (query.view === 'trend') {
      const trend = await this.reader.trend(unitId, query);
      return { table: trendTable(trend), asOf: trend.points.at(-1)!.date };
    }
    const breakdown = await this.reader.breakdown(unitId, query);
    const table =
      query.view === 'children'
        ? childrenTable(breakdown)
        : query.view === 'courses'
          ? coursesTable(breakdown)
          : positionsTable(breakdown);
    return { table, asOf: breakdown.to };
  }
}
