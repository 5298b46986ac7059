import { QUESTION_IMPORT_LIMITS, type ErrorCode, type QuestionImportIssue } from '@sen/contracts';
// The sync entry bundles its own CsvError class; the one from 'csv-parse' would never match.
import { CsvError, parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { fileTypeFromBuffer } from 'file-type';
import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../core/http/app-error';
import { unguardCsvCell } from './question-bank-csv';
import { XLSX_MIME } from './question-bank-xlsx';

/** A row of the file with its number as a spreadsheet shows it (the header is row 1). */
export interface TableRow {
  number: number;
  cells: string[];
}

export interface QuestionTable {
  format: 'csv' | 'xlsx';
  header: TableRow;
  /** The rows below the header that hold anything. */
  rows: TableRow[];
}

/**
 * What a genuine 2 MB workbook of questions unpacks to is far below this; a zip bomb (a small file
 * inflating to gigabytes) is stopped before the XML parser holds it in memory.
 */
export const XLSX_MAX_INFLATED_BYTES = 40 * 1024 * 1024;

const FIELD = 'file';

function fileProblem(code: ErrorCode, issue: QuestionImportIssue, message: string): AppError {
  return new AppError(code, `${FIELD}: ${message}`, [{ path: FIELD, code: issue, message }]);
}

const notAccepted = (what: string) =>
  fileProblem(
    'QUESTION_IMPORT_FILE_TYPE',
    'invalid_value',
    `${what}: send the CSV template (UTF-8) or an Excel workbook (.xlsx)`,
  );

/**
 * Reads an uploaded file as a table of text cells. The kind comes from the content (an XLSX is a zip
 * with a workbook inside; anything else must be UTF-8 text), never from the name the client gave.
 * Cells are Unicode NFC with `\n` line breaks, whatever keyboard, OS or program wrote them.
 */
export async function readQuestionTable(data: Buffer): Promise<QuestionTable> {
  if (data.length === 0) throw fileProblem('QUESTION_IMPORT_INVALID', 'empty_file', 'The file is empty');
  const type = await fileTypeFromBuffer(data);
  let format: QuestionTable['format'];
  let rows: TableRow[];
  if (type === undefined) {
    format = 'csv';
    rows = readCsv(data);
  } else if (type.mime === XLSX_MIME) {
    format = 'xlsx';
    rows = await readXlsx(data);
  } else if (type.mime === 'application/x-cfb') {
    throw notAccepted('An Excel 97–2003 file (.xls); save it as .xlsx or as CSV UTF-8');
  } else {
    throw notAccepted(`A ${type.ext.toUpperCase()} file`);
  }

  const [header, ...rest] = rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  if (!header) throw fileProblem('QUESTION_IMPORT_INVALID', 'empty_file', 'The file holds no header row');
  if (rest.length > QUESTION_IMPORT_LIMITS.rows) {
    throw fileProblem(
      'QUESTION_IMPORT_TOO_LARGE',
      'invalid_value',
      `More than ${QUESTION_IMPORT_LIMITS.rows} question rows; split the file`,
    );
  }
  return { format, header, rows: rest };
}

function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

function readCsv(data: Buffer): TableRow[] {
  let text: string;
  try {
    // Strips the byte order mark Excel writes; any byte that is not UTF-8 is refused, not guessed at.
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw notAccepted('Not UTF-8 text (in Excel: save as “CSV UTF-8”)');
  }
  if (text.includes('\u0000')) throw notAccepted('Not a text file');
  let records: string[][];
  try {
    records = parse(text, { delimiter: sniffDelimiter(text), relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    if (error instanceof CsvError) {
      throw fileProblem('QUESTION_IMPORT_INVALID', 'unreadable', `Not valid CSV: ${error.message}`);
    }
    throw error;
  }
  // A record's number is its row in a spreadsheet, even when a quoted cell spans several lines. The
  // apostrophe the export puts before formula-like cells goes first, before line breaks are normalised.
  return records.map((cells, index) => ({
    number: index + 1,
    cells: cells.map((cell) => clean(unguardCsvCell(cell))),
  }));
}

/**
 * Excel writes CSV with the list separator of the machine's locale: a semicolon under Vietnamese
 * settings (the comma is the decimal mark there), a comma under English ones. The header row holds only
 * column names, so whichever separator it uses is the file's.
 */
export function sniffDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

async function readXlsx(data: Buffer): Promise<TableRow[]> {
  assertInflatesWithin(data, XLSX_MAX_INFLATED_BYTES);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer (JSZip reads that as well as a Buffer).
    await workbook.xlsx.load(new Uint8Array(data).buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw fileProblem('QUESTION_IMPORT_INVALID', 'unreadable', `The workbook could not be read: ${reason}`);
  }
  // The first sheet as Excel orders the tabs.
  const sheet = workbook.worksheets[0];
  if (!sheet) throw fileProblem('QUESTION_IMPORT_INVALID', 'empty_file', 'The workbook has no sheet');
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(clean(cellText(row.getCell(column).value)));
    rows.push({ number, cells });
  });
  return rows;
}

/** A cell as the text a person sees in it: the result of a formula, the words of rich text or of a link. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return cellText(value.text);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result);
  return value.error;
}

/**
 * Inflates every entry of the zip with a ceiling on the total output, so a workbook claiming small sizes
 * in its headers cannot get past it either. ZIP64 never occurs in a file of a few megabytes; it is refused.
 */
export function assertInflatesWithin(zip: Buffer, maxBytes: number): void {
  const unreadable = () => fileProblem('QUESTION_IMPORT_INVALID', 'unreadable', 'The workbook is not a readable zip');
  const tooLarge = () =>
    fileProblem(
      'QUESTION_IMPORT_TOO_LARGE',
      'invalid_value',
      `The workbook unpacks to more than ${maxBytes / (1024 * 1024)} MB`,
    );
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > zip.length) throw unreadable();
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (entries === 0xffff || at === 0xffffffff) throw unreadable();
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw unreadable();
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const local = zip.readUInt32LE(at + 42);
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) throw unreadable();
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + compressed);
    if (method === 0) {
      total += body.length;
    } else if (method === 8) {
      try {
        total += inflateRawSync(body, { maxOutputLength: maxBytes - total + 1 }).length;
      } catch (error) {
        throw (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? tooLarge() : unreadable();
      }
    } else {
      throw unreadable();
    }
    if (total > maxBytes) throw tooLarge();
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
}
