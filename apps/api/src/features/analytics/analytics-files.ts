import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { PassThrough, type Readable } from 'node:stream';
import { spreadsheetText } from '../contests/contest-results-csv';
import type { AnalyticsRosterRow } from '@sen/contracts';
import {
  POSITION_VI,
  ROLE_VI,
  ROSTER_COLUMNS,
  type Cell,
  type CellKind,
  type Column,
  type Table,
} from './analytics-tables';

const BOM = '\uFEFF';

/** `dd/mm/yyyy`, as a Vietnamese reader writes a date. */
export function vietnameseDate(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year}`;
}

function csvCell(kind: CellKind, value: Cell): string {
  if (value === null) return '';
  switch (kind) {
    case 'text':
      return spreadsheetText(String(value));
    case 'count':
      return String(value);
    case 'share':
      // A percentage with one decimal; the file is for people and for spreadsheets alike.
      return (Number(value) * 100).toFixed(1);
    case 'day':
      return vietnameseDate(String(value));
    case 'flag':
      return value ? 'Có' : 'Không';
  }
}

/** UTF-8 with a byte order mark so Excel reads the diacritics; shares as percentages. */
export function tableCsv(table: Table, lineEnding: '\r\n' | '\n' = '\r\n'): string {
  const header = table.columns.map((c) => (c.kind === 'share' ? `${c.header} (%)` : c.header));
  const rows = table.rows.map((row) => row.map((value, i) => csvCell(table.columns[i]!.kind, value)));
  return BOM + stringify([header, ...rows], { record_delimiter: lineEnding });
}

function xlsxValue(kind: CellKind, value: Cell): ExcelJS.CellValue {
  if (value === null) return null;
  switch (kind) {
    case 'text':
      // Strings are written as strings: exceljs never turns a cell into a formula unless asked to.
      return String(value);
    case 'count':
    case 'share':
      return Number(value);
    case 'day':
      return new Date(`${String(value)}T00:00:00Z`);
    case 'flag':
      return value ? 'Có' : 'Không';
  }
}

function numFmt(kind: CellKind): string | undefined {
  if (kind === 'share') return '0.0%';
  if (kind === 'day') return 'dd/mm/yyyy';
  return undefined;
}

export function addTableSheet(workbook: ExcelJS.Workbook, table: Table): void {
  const sheet = workbook.addWorksheet(table.title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c, i) => ({
    header: c.header,
    key: String(i),
    width: c.width,
    style: numFmt(c.kind) ? { numFmt: numFmt(c.kind) } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((value, i) => xlsxValue(table.columns[i]!.kind, value)));
}

/** One sheet per table, real numbers and dates, percentages formatted as such. */
export async function tablesXlsx(tables: readonly Table[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sen';
  for (const table of tables) addTableSheet(workbook, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function rosterCells(r: AnalyticsRosterRow): Cell[] {
  return [
    r.person.name,
    r.unit.name,
    POSITION_VI[r.position],
    ROLE_VI[r.role],
    r.course.name,
    r.requiredFrom,
    r.completedOn,
    r.sat,
    r.passed,
  ];
}

/**
 * The roster as a workbook written row by row to a stream (exceljs' streaming writer): a province-wide
 * list never sits in memory whole.
 */
export function rosterXlsxStream(
  rows: AsyncIterable<AnalyticsRosterRow>,
  columns: Column[] = ROSTER_COLUMNS,
): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Danh sách cán bộ', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({
    header: c.header,
    key: String(i),
    width: c.width,
    style: numFmt(c.kind) ? { numFmt: numFmt(c.kind) } : {},
  }));
  void (async () => {
    try {
      for await (const row of rows) {
        sheet.addRow(rosterCells(row).map((value, i) => xlsxValue(columns[i]!.kind, value))).commit();
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      out.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  return out;
}
