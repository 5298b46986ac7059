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
] as const;
type Column = (typeof QUESTION_BANK_CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string>>;

/**
 * Excel reads a CSV as the machine's legacy code page unless it starts with a byte order mark,
 * which would garble every Vietnamese diacritic.
 */
const BOM = '\uFEFF';

/** Multi-valued plain-text cells (tags, accepted answers) hold one value per line; the contract keeps each to one line. */
const lines = (values: string[]): string => values.join('\n');
const flag = (value: boolean): string => (value ? 'true' : 'false');

function optionCells(options: { text: string; feedback?: string | null }[]): Row {
  const row: Record<string, string> = {};
  options.forEach((option, i) => {
    row[`option_${i + 1}`] = option.text;
    if (option.feedback) row[`option_${i + 1}_feedback`] = option.feedback;
  });
  return row;
}

/** One row of the template: the columns a question's type does not use stay empty. */
export function questionRow(question: QuestionView): Row {
  const common: Row = {
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

/** The whole bank as the template's CSV text, header row first, quoted by the library (RFC 4180). */
export function questionBankCsv(questions: QuestionView[]): string {
  return (
    BOM +
    stringify(questions.map(questionRow), {
      header: true,
      columns: [...QUESTION_BANK_CSV_COLUMNS],
      record_delimiter: '\r\n',
    })
  );
}

/** A file name that is safe on every OS: the name (a bank's, a contest's) without path or reserved characters. */
export function exportFileName(name: string, fallback = 'question-bank'): string {
  const base = name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 100)
    .trim();
  return `${base || fallback}.csv`;
}
