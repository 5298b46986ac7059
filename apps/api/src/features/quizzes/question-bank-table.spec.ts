import { QUESTION_IMPORT_LIMITS, type QuestionView } from '@sen/contracts';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { AppError } from '../../core/http/app-error';
import { parse } from 'csv-parse/sync';
import {
  guardCsvCell,
  questionBankCsv,
  questionRow,
  unguardCsvCell,
  QUESTION_BANK_CSV_COLUMNS,
  type QuestionBankColumn,
} from './question-bank-csv';
import { parseQuestionTable } from './question-bank-import';
import { assertInflatesWithin, readQuestionTable, sniffDelimiter } from './question-bank-table';
import { questionBankXlsx } from './question-bank-xlsx';

const NFD_CAPITAL = 'Thủ đô Hà Nội'.normalize('NFD');

async function refusal(data: Buffer): Promise<{ status: number; code: string; field: string; message: string }> {
  const error: unknown = await readQuestionTable(data).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected a refusal, got ${String(error)}`);
  const [field] = error.fields ?? [];
  return { status: error.status, code: error.code, field: field?.path ?? '', message: field?.message ?? '' };
}

async function workbook(sheets: Record<string, ExcelJS.CellValue[][]>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    rows.forEach((row) => sheet.addRow(row));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('readQuestionTable: CSV', () => {
  it('reads UTF-8 with or without a byte order mark, numbering rows as a spreadsheet does', async () => {
    const text =
      'type,stem,accepted_answers\r\nshort_text,"<p>Dòng một</p>\r\n<p>Dòng hai</p>","Hà Nội\r\nHN"\r\n\r\n,,\r\nshort_text,<p>Sau</p>,Huế\r\n';
    for (const data of [Buffer.from(text), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])]) {
      const table = await readQuestionTable(data);
      expect(table.format).toBe('csv');
      expect(table.header.cells).toEqual(['type', 'stem', 'accepted_answers']);
      // The quoted cell spans two lines of the file but is one row; blank rows are skipped but counted.
      expect(table.rows).toEqual([
        { number: 2, cells: ['short_text', '<p>Dòng một</p>\n<p>Dòng hai</p>', 'Hà Nội\nHN'] },
        { number: 5, cells: ['short_text', '<p>Sau</p>', 'Huế'] },
      ]);
    }
  });

  it('turns decomposed Vietnamese (as macOS writes it) into NFC', async () => {
    const table = await readQuestionTable(Buffer.from(`type,stem\nshort_text,<p>${NFD_CAPITAL}</p>\n`));
    expect(table.rows[0]!.cells[1]).toBe(`<p>${NFD_CAPITAL.normalize('NFC')}</p>`);
    expect(table.rows[0]!.cells[1]).not.toBe(`<p>${NFD_CAPITAL}</p>`);
  });

  it('reads the semicolons of a Vietnamese Excel and the tabs of a pasted sheet', async () => {
    expect(sniffDelimiter('type;stem;correct\ntrue_false;<p>a, b</p>;true')).toBe(';');
    expect(sniffDelimiter('type\tstem\n')).toBe('\t');
    expect(sniffDelimiter('type,stem')).toBe(',');
    expect(sniffDelimiter('type')).toBe(',');
    const table = await readQuestionTable(
      Buffer.from('type;stem;correct\r\ntrue_false;"<p>Một, hai; ba</p>";true\r\n'),
    );
    expect(table.rows[0]!.cells).toEqual(['true_false', '<p>Một, hai; ba</p>', 'true']);
  });

  it('refuses what is not UTF-8 text, naming the file field', async () => {
    // "Hà Nội" in Windows-1258, as Excel's plain "CSV" saves it on a Vietnamese Windows.
    const legacy = Buffer.concat([Buffer.from('type,stem\ntrue_false,H'), Buffer.from([0xe0]), Buffer.from(' N\n')]);
    expect(await refusal(legacy)).toMatchObject({
      status: 400,
      code: 'QUESTION_IMPORT_FILE_TYPE',
      field: 'file',
      message: expect.stringContaining('UTF-8'),
    });
    expect(await refusal(Buffer.from('%PDF-1.4\n%%EOF\n'))).toMatchObject({
      code: 'QUESTION_IMPORT_FILE_TYPE',
      message: expect.stringMatching(/^A PDF file/),
    });
    const cfb = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)]);
    expect(await refusal(cfb)).toMatchObject({
      code: 'QUESTION_IMPORT_FILE_TYPE',
      message: expect.stringContaining('.xls'),
    });
    expect(await refusal(Buffer.alloc(0))).toMatchObject({ code: 'QUESTION_IMPORT_INVALID', field: 'file' });
  });

  it('reports broken quoting with its line', async () => {
    expect(await refusal(Buffer.from('type,stem\ntrue_false,"<p>không đóng\n'))).toMatchObject({
      status: 400,
      code: 'QUESTION_IMPORT_INVALID',
      message: expect.stringMatching(/^Not valid CSV: .*line/),
    });
  });

  it('refuses more question rows than the limit', async () => {
    const row = 'true_false,<p>?</p>,true\n';
    const atLimit = Buffer.from(`type,stem,correct\n${row.repeat(QUESTION_IMPORT_LIMITS.rows)}`);
    expect((await readQuestionTable(atLimit)).rows).toHaveLength(QUESTION_IMPORT_LIMITS.rows);
    const over = Buffer.from(`type,stem,correct\n${row.repeat(QUESTION_IMPORT_LIMITS.rows + 1)}`);
    expect(await refusal(over)).toMatchObject({ status: 413, code: 'QUESTION_IMPORT_TOO_LARGE', field: 'file' });
  });
});

describe('readQuestionTable: XLSX', () => {
  it('reads the first sheet, with text as a person sees it in each cell', async () => {
    const data = await workbook({
      'Câu hỏi': [
        ['type', 'stem', 'points', 'correct', 'feedback', 'tags'],
        [
          'true_false',
          { richText: [{ text: '<p>Đậm', font: { bold: true } }, { text: ` ${NFD_CAPITAL}</p>` }] },
          { formula: '1+1', result: 2 },
          true,
          { text: '<p>Xem</p>', hyperlink: 'https://example.org' },
          'một\r\nhai',
        ],
        [],
        ['single_choice', '<p>?</p>', 3, 2],
      ],
      Nháp: [['type'], ['không đọc']],
    });
    const table = await readQuestionTable(data);
    expect(table.format).toBe('xlsx');
    expect(table.header).toEqual({ number: 1, cells: ['type', 'stem', 'points', 'correct', 'feedback', 'tags'] });
    expect(table.rows).toEqual([
      {
        number: 2,
        cells: ['true_false', `<p>Đậm ${NFD_CAPITAL.normalize('NFC')}</p>`, '2', 'true', '<p>Xem</p>', 'một\nhai'],
      },
      { number: 4, cells: ['single_choice', '<p>?</p>', '3', '2'] },
    ]);
  });

  it('refuses a workbook that unpacks to more than the ceiling, whatever its headers claim', async () => {
    const data = await workbook({ questions: [['type', 'stem']] });
    expect(() => assertInflatesWithin(data, 1_000_000)).not.toThrow();
    expect(() => assertInflatesWithin(data, 1_000)).toThrow(AppError);

    // One entry whose headers say 10 bytes but whose data inflates to 50 MB.
    const bomb = deflateRawSync(Buffer.alloc(50 * 1024 * 1024));
    const zip = storedZip('xl/sharedStrings.xml', bomb, 8, 10);
    const error = (() => {
      try {
        assertInflatesWithin(zip, 40 * 1024 * 1024);
        return null;
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(error).toMatchObject({ status: 413, code: 'QUESTION_IMPORT_TOO_LARGE' });
    expect(() => assertInflatesWithin(Buffer.from('PK not really'), 100)).toThrow(AppError);
  });
});

/** A one-entry zip whose headers claim `claimed` uncompressed bytes. */
function storedZip(name: string, data: Buffer, method: number, claimed: number): Buffer {
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(method, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(claimed, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(method, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(claimed, 24);
  central.writeUInt16LE(fileName.length, 28);
  const offset = local.length + fileName.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

describe('guardCsvCell and unguardCsvCell', () => {
  it('put an apostrophe before a cell a spreadsheet would run as a formula, and nowhere else', () => {
    for (const cell of ['=1+1', '+84', '-5', '@SUM(A1)', '\tx', '\rx', "'=x", "''-x"]) {
      expect(guardCsvCell(cell)).toBe(`'${cell}`);
    }
    for (const cell of ['', '<p>=1</p>', 'a=b', "'", "'x", ' =1', '\n=1', '5-3']) {
      expect(guardCsvCell(cell)).toBe(cell);
    }
  });

  it('take exactly that apostrophe away again, so every cell reads back as it was', () => {
    const cells = ['', '=1+1', "'=1+1", "''=1+1", "'", "''", "'x", '-', "'-", '@', '\t', '\r\n', 'x', "'\t"];
    for (const cell of cells) expect(unguardCsvCell(guardCsvCell(cell))).toBe(cell);
    // A hand-written template may guard a cell the same way; one that needs no guard is read as written.
    expect(unguardCsvCell("'-5")).toBe('-5');
    expect(unguardCsvCell("'5")).toBe("'5");
  });
});

describe('the exported files read back', () => {
  const question: QuestionView = {
    id: randomUUID(),
    bankId: randomUUID(),
    stem: '<p>Chọn "đúng", rồi xuống dòng:</p>\n<p>=1+1</p>',
    points: 4,
    feedback: null,
    category: 'An toàn',
    tags: ['một', 'hai'],
    updatedAt: new Date().toISOString(),
    content: {
      type: 'multiple_choice',
      partialCredit: false,
      options: [
        { id: randomUUID(), text: '=SUM(1,2)', correct: true, feedback: '<p>Đúng</p>' },
        { id: randomUUID(), text: '<p>Ba</p>', correct: true, feedback: null },
        { id: randomUUID(), text: '-5', correct: false, feedback: null },
      ],
    },
  };

  it('as the same rows from CSV and from XLSX', async () => {
    const csv = await readQuestionTable(Buffer.from(questionBankCsv([question])));
    const xlsx = await readQuestionTable(await questionBankXlsx([question]));
    expect(xlsx.header.cells).toEqual([...QUESTION_BANK_CSV_COLUMNS]);
    expect(xlsx.rows.map((r) => r.cells)).toEqual(csv.rows.map((r) => r.cells));
    const [row] = parseQuestionTable(xlsx).rows;
    expect(row).toMatchObject({ row: 2, id: question.id, body: { stem: question.stem, points: 4 } });
  });

  it('from CSV with every cell as the question holds it, after the export guarded formula-like cells', async () => {
    const tricky: QuestionView = {
      ...question,
      id: randomUUID(),
      tags: ['@mọi người', '-1 điểm'],
      category: "'=giữ nguyên",
      content: { type: 'short_text', acceptedAnswers: ['+84', "'-5", "'", 'a=b'], diacriticsInsensitive: false },
    };
    const csv = questionBankCsv([question, tricky]);
    // Multi-line cells are quoted, or Excel would end the row at their line feed.
    expect(csv).toContain(`,"'@mọi người\n-1 điểm",`);
    const records: string[][] = parse(csv, { bom: true });
    const [, first, second] = records;
    const cell = (record: string[] | undefined, column: QuestionBankColumn) =>
      record?.[QUESTION_BANK_CSV_COLUMNS.indexOf(column)];
    // What a spreadsheet opens: text, never a formula.
    expect(cell(first, 'option_1')).toBe("'=SUM(1,2)");
    expect(cell(first, 'option_3')).toBe("'-5");
    expect(cell(first, 'stem')).toBe(question.stem);
    expect(cell(second, 'tags')).toBe("'@mọi người\n-1 điểm");
    expect(cell(second, 'category')).toBe("''=giữ nguyên");
    expect(cell(second, 'accepted_answers')).toBe("'+84\n'-5\n'\na=b");

    const table = await readQuestionTable(Buffer.from(csv));
    const expected = [question, tricky].map((q) => {
      const row = questionRow(q);
      return QUESTION_BANK_CSV_COLUMNS.map((column) => row[column] ?? '');
    });
    expect(table.rows.map((r) => r.cells)).toEqual(expected);
  });

  it('in a workbook whose header row is bold and frozen, and whose formula-like text stays text', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await questionBankXlsx([question])).buffer);
    const sheet = book.worksheets[0]!;
    expect(book.worksheets).toHaveLength(1);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const optionOne = QUESTION_BANK_CSV_COLUMNS.indexOf('option_1') + 1;
    expect(sheet.getRow(2).getCell(optionOne).value).toBe('=SUM(1,2)');
    expect(sheet.getRow(2).getCell(optionOne).formula).toBeUndefined();
  });
});
