import type { QuestionView } from '@sen/contracts';
import ExcelJS from 'exceljs';
import { QUESTION_BANK_CSV_COLUMNS, questionRow, type QuestionBankColumn } from './question-bank-csv';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const WIDTHS: Partial<Record<QuestionBankColumn, number>> = {
  type: 16,
  category: 18,
  tags: 18,
  points: 8,
  stem: 60,
  correct: 10,
  accepted_answers: 24,
  feedback: 30,
  id: 38,
};

/**
 * The bank as a workbook with the CSV template's columns on its one sheet, so either file imports
 * back. Every cell is a string except `points`: strings are never read as formulas, whatever they start with.
 */
export async function questionBankXlsx(questions: QuestionView[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sen';
  const sheet = workbook.addWorksheet('questions', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = QUESTION_BANK_CSV_COLUMNS.map((column) => ({
    header: column,
    key: column,
    width: WIDTHS[column] ?? (column.endsWith('_feedback') ? 24 : 28),
    // Text format: what an author types later stays as typed. Excel would otherwise read "1,3" as the
    // number 1.3 under a Vietnamese locale and "true" as a boolean.
    style: { numFmt: '@', alignment: { vertical: 'top', wrapText: true } },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: QUESTION_BANK_CSV_COLUMNS.length } };
  for (const question of questions) {
    const row = questionRow(question);
    sheet.addRow(
      Object.fromEntries(
        QUESTION_BANK_CSV_COLUMNS.map((column) => {
          const value = row[column] ?? '';
          if (column === 'points') return [column, Number(value)];
          return [column, value === '' ? null : value];
        }),
      ),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
