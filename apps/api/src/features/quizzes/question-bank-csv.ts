import type { QuestionView } from '@sen/contracts';
import { stringify } from 'csv-stringify/sync';

/** The most options or items a question may have (the contract's limit), so the template has a column for each. */
export const CSV_OPTION_SLOTS = 10;

const optionColumns = Array.from({ length: CSV_OPTION_SLOTS }, (_, i) => [
  `option_${i + 1}`,
  `option_${i + 1}_feedback`,
]).flat();

/** The template's columns, in order; docs/question-bank-template.md describes each. */
export const QUESTION_BANK_CSV_COLUMNS = [
  'type',
  'category',
  'tags',
  'points',
  'stem',
  ...optionColumns,
  'correct',
  'partial_credit',
  'accepted_answers',
  'diacritics_insensitive',
  'feedback',
  'true_feedback',
  'false_feedback',
  // Last, out of an author's way: the import updates the question a row names instead of adding a copy.
  'id',
] as const;
export type QuestionBankColumn = (typeof QUESTION_BANK_CSV_COLUMNS)[number];
export type QuestionBankRow = Partial<Record<QuestionBankColumn, string>>;

/**
 * Excel reads a CSV as the machine's legacy code page unless it starts with a byte order mark,
 * which would garble every Vietnamese diacritic.
 */
const BOM = '\uFEFF';

/** Multi-valued plain-text cells (tags, accepted answers) hold one value per line; the contract keeps each to one line. */
const lines = (values: string[]): string => values.join('\n');
const flag = (value: boolean): string => (value ? 'true' : 'false');

function optionCells(options: { text: string; feedback?: string | null }[]): QuestionBankRow {
  const row: Record<string, string> = {};
  options.forEach((option, i) => {
    row[`option_${i + 1}`] = option.text;
    if (option.feedback) row[`option_${i + 1}_feedback`] = option.feedback;
  });
  return row;
}

/** One row of the template: the columns a question's type does not use stay empty. */
export function questionRow(question: QuestionView): QuestionBankRow {
  const common: QuestionBankRow = {
    id: question.id,
    type: question.content.type,
    category: question.category ?? '',
    tags: lines(question.tags),
    points: String(question.points),
    stem: question.stem,
    feedback: question.feedback ?? '',
  };
  const content = question.content;
  switch (content.type) {
    case 'single_choice':
    case 'multiple_choice': {
      // Option numbers (1-based, as in the column names) cannot be confused with one another.
      const correct = content.options.flatMap((o, i) => (o.correct ? [String(i + 1)] : [])).join(',');
      return {
        ...common,
        ...optionCells(content.options),
        correct,
        ...(content.type === 'multiple_choice' ? { partial_credit: flag(content.partialCredit) } : {}),
      };
    }
    case 'true_false':
      return {
        ...common,
        correct: flag(content.answer),
        true_feedback: content.trueFeedback ?? '',
        false_feedback: content.falseFeedback ?? '',
      };
    case 'short_text':
      return {
        ...common,
        accepted_answers: lines(content.acceptedAnswers),
        diacritics_insensitive: flag(content.diacriticsInsensitive),
      };
    case 'ordering':
      // The items' columns are the correct order, so no `correct` cell is needed.
      return { ...common, ...optionCells(content.items) };
  }
}

/**
 * OWASP "CSV injection": a spreadsheet opening a CSV runs a cell that starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return as a formula (`=HYPERLINK(…)` can carry the answer keys away). The export puts an
 * apostrophe before such a cell, which makes it text; cells already starting with apostrophes before one of
 * these characters get one more, so that `unguardCsvCell` can take exactly one away again and every cell,
 * whatever it holds, reads back as it was.
 */
const GUARDED = /^'*[=+\-@\t\r]/;
const UNGUARD = /^'+[=+\-@\t\r]/;

export function guardCsvCell(cell: string): string {
  return GUARDED.test(cell) ? `'${cell}` : cell;
}

/** The inverse of `guardCsvCell`, for every cell of an imported CSV. */
export function unguardCsvCell(cell: string): string {
  return UNGUARD.test(cell) ? cell.slice(1) : cell;
}

function guardedRow(row: QuestionBankRow): QuestionBankRow {
  return Object.fromEntries(Object.entries(row).map(([column, cell]) => [column, cell && guardCsvCell(cell)]));
}

/** The whole bank as the template's CSV text, header row first, quoted by the library (RFC 4180). */
export function questionBankCsv(questions: QuestionView[]): string {
  return (
    BOM +
    stringify(
      questions.map((question) => guardedRow(questionRow(question))),
      {
        header: true,
        columns: [...QUESTION_BANK_CSV_COLUMNS],
        record_delimiter: '\r\n',
        // The library quotes only the record delimiter (CRLF); Excel also ends a row at a bare line feed
        // outside quotes, so a cell holding one must be quoted too.
        quoted_match: /[\r\n]/,
      },
    )
  );
}

/** A file name that is safe on every OS: the name (a bank's, a contest's) without path or reserved characters. */
export function exportFileName(name: string, extension: 'csv' | 'xlsx', fallback = 'question-bank'): string {
  const base = name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 100)
    .trim();
  return `${base || fallback}.${extension}`;
}
