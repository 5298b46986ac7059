import { Injectable } from '@nestjs/common';
import type {
  AnalyticsBreakdown,
  AnalyticsExportQuery,
  AnalyticsQuery,
  AnalyticsRosterPage,
  AnalyticsRosterQuery,
  AnalyticsTrend,
  Ref,
  Role,
} from '@sen/contracts';
import { Readable } from 'node:stream';
import type { Actor } from '../../core/access/actor';
import { scopeRoots } from '../../core/access/scope';
import { UnitScope } from '../organisation/unit-scope';
import { UnitsRepository } from '../organisation/units.repository';
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
    private readonly units: UnitsRepository,
  ) {}

  async breakdown(actor: Actor, unitId: string, query: AnalyticsQuery): Promise<AnalyticsBreakdown> {
    const ancestors = await this.ancestorsInScope(actor, unitId);
    return this.reader.breakdown(unitId, query, ancestors);
  }

  async trend(actor: Actor, unitId: string, query: AnalyticsQuery): Promise<AnalyticsTrend> {
    await this.scope.requirePath(actor, VIEWERS, unitId);
    return this.reader.trend(unitId, query);
  }

  async roster(actor: Actor, unitId: string, query: AnalyticsRosterQuery): Promise<AnalyticsRosterPage> {
    await this.scope.requirePath(actor, VIEWERS, unitId);
    return this.reader.rosterPage(unitId, query);
  }

  async export(actor: Actor, unitId: string, query: AnalyticsExportQuery): Promise<AnalyticsFile> {
    await this.scope.requirePath(actor, VIEWERS, unitId);
    const filter = await this.reader.resolve(query);
    const fileName = `tien-do-${VIEW_FILE_NAMES[query.view]}-${filter.to}.${query.format}`;
    const contentType = query.format === 'csv' ? CSV_MIME : XLSX_MIME;
    if (query.view === 'roster') {
      const rows = await this.reader.rosterFilter(unitId, query);
      const body =
        query.format === 'csv'
          ? Readable.from(this.rosterCsv(rows))
          : rosterXlsxStream(this.reader.roster(unitId, query));
      return { fileName, contentType, body };
    }
    const table = await this.table(unitId, query);
    return { fileName, contentType, body: query.format === 'csv' ? tableCsv(table) : await tablesXlsx([table]) };
  }

  private async *rosterCsv(filter: Parameters<AnalyticsRepository['rosterCsv']>[0]): AsyncGenerator<Buffer | string> {
    // The header in the line ending COPY writes, so the file has one.
    yield tableCsv({ title: '', columns: ROSTER_COLUMNS, rows: [] }, '\n');
    yield* this.repository.rosterCsv(filter, { positions: POSITION_VI, roles: ROLE_VI });
  }

  private async table(unitId: string, query: AnalyticsExportQuery): Promise<Table> {
    switch (query.view) {
      case 'children':
        return childrenTable(await this.reader.breakdown(unitId, query));
      case 'courses':
        return coursesTable(await this.reader.breakdown(unitId, query));
      case 'positions':
        return positionsTable(await this.reader.breakdown(unitId, query));
      case 'trend':
        return trendTable(await this.reader.trend(unitId, query));
      case 'roster':
        throw new Error('the roster is streamed, not tabled');
    }
  }

  private async ancestorsInScope(actor: Actor, unitId: string): Promise<Ref[]> {
    const path = await this.scope.requirePath(actor, VIEWERS, unitId);
    const top = scopeRoots(actor, VIEWERS).find((root) => path.startsWith(root)) ?? path;
    return this.units.ancestors(path, top);
  }
}
