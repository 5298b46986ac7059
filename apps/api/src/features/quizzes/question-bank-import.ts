import {
  MAX_BANK_CATEGORIES,
  QUESTION_TYPES,
  QuestionBody,
  type FieldError,
  type QuestionContent,
  type QuestionImportIssue,
  type QuestionType,
  type QuestionView,
} from '@sen/contracts';
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import { AppError } from '../../core/http/app-error';
import { CSV_OPTION_SLOTS, QUESTION_BANK_CSV_COLUMNS } from './question-bank-csv';
import type { QuestionTable, TableRow } from './question-bank-table';
import { prepareQuestion } from './question-input';
import type { QuestionFields } from './quizzes.repository';

/** A problem of the file: `row` as numbered in the file (null: the header or the whole file), `column` by name. */
export interface ImportIssue {
  row: number | null;
  column: string | null;
  /** One of `QUESTION_IMPORT_ISSUES`, or a zod issue code. */
  code: QuestionImportIssue | z.core.$ZodIssue['code'];
  message: string;
}

/** A row that parsed into a valid question, not yet checked against the bank. */
export interface ParsedRow {
  row: number;
  /** The `id` cell: a question of the bank to replace, if it names one. */
  id: string | null;
  body: QuestionBody;
}

const TEMPLATE_COLUMNS = new Set<string>(QUESTION_BANK_CSV_COLUMNS);
const REQUIRED_COLUMNS = ['type', 'stem'];
const COMMON_COLUMNS = ['id', 'type', 'category', 'tags', 'points', 'stem', 'feedback'];
const SLOTS = Array.from({ length: CSV_OPTION_SLOTS }, (_, i) => i + 1);
const OPTION_TEXTS = SLOTS.map((n) => `option_${n}`);
const OPTION_FEEDBACKS = SLOTS.map((n) => `option_${n}_feedback`);
/** The columns each type reads besides the common ones (docs/question-bank-template.md). */
const TYPE_COLUMNS: Record<QuestionType, readonly string[]> = {
  single_choice: [...OPTION_TEXTS, ...OPTION_FEEDBACKS, 'correct'],
  multiple_choice: [...OPTION_TEXTS, ...OPTION_FEEDBACKS, 'correct', 'partial_credit'],
  true_false: ['correct', 'true_feedback', 'false_feedback'],
  short_text: ['accepted_answers', 'diacritics_insensitive'],
  ordering: OPTION_TEXTS,
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Vietnamese authors may answer in their own words; Excel's booleans arrive as `true` / `false`. */
const TRUE_WORDS = ['true', 'đúng'];
const FALSE_WORDS = ['false', 'sai'];

/** A spreadsheet's name for a column (0 → A, 26 → AA), for cells that have no column name. */
function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * Turns the rows of the template into question bodies, collecting every problem instead of stopping
 * at the first, so one dry run shows an author all that needs fixing.
 */
export function parseQuestionTable(table: QuestionTable): { rows: ParsedRow[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const columns = new Map<string, number>();
  table.header.cells.forEach((cell, index) => {
    const name = cell.trim().toLowerCase();
    if (name === '') return;
    if (!TEMPLATE_COLUMNS.has(name)) {
      issues.push({ row: null, column: cell.trim(), code: 'unknown_column', message: 'Not a column of the template' });
    } else if (columns.has(name)) {
      issues.push({ row: null, column: name, code: 'duplicate_column', message: 'This column appears twice' });
    } else {
      columns.set(name, index);
    }
  });
  for (const name of REQUIRED_COLUMNS) {
    if (!columns.has(name)) {
      issues.push({ row: null, column: name, code: 'missing_column', message: 'The template requires this column' });
    }
  }
  if (issues.length > 0) return { rows: [], issues };
  if (table.rows.length === 0) {
    return {
      rows: [],
      issues: [{ row: null, column: null, code: 'no_rows', message: 'No question rows below the header' }],
    };
  }

  const named = new Set(columns.values());
  const rows: ParsedRow[] = [];
  for (const tableRow of table.rows) {
    const parser = new RowParser(tableRow, columns);
    const stray = tableRow.cells.findIndex((cell, index) => cell.trim() !== '' && !named.has(index));
    if (stray >= 0) {
      parser.problem(
        null,
        'unknown_column',
        `Column ${columnLetter(stray)} holds a value but has no name in the header`,
      );
    }
    const parsed = parser.parse();
    issues.push(...parser.issues);
    if (parsed && parser.issues.length === 0) rows.push(parsed);
  }
  return { rows, issues };
}

class RowParser {
  readonly issues: ImportIssue[] = [];
  private readonly row: number;

  constructor(
    private readonly tableRow: TableRow,
    private readonly columns: Map<string, number>,
  ) {
    this.row = tableRow.number;
  }

  problem(column: string | null, code: ImportIssue['code'], message: string): void {
    // One problem per cell is enough to fix it; a second would mostly repeat the first.
    if (column !== null && this.issues.some((issue) => issue.column === column)) return;
    this.issues.push({ row: this.row, column, code, message });
  }

  /** The cell as written (rich text keeps its inner spacing; the contract trims what it must). */
  private cell(column: string): string {
    const index = this.columns.get(column);
    return index === undefined ? '' : (this.tableRow.cells[index] ?? '');
  }

  private trimmed(column: string): string {
    return this.cell(column).trim();
  }

  private optional(column: string): string | null {
    return this.trimmed(column) === '' ? null : this.cell(column);
  }

  /** Tags and accepted answers: one per line of the cell. */
  private lines(column: string): string[] {
    return this.cell(column)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
  }

  private flag(column: string, fallback?: boolean): boolean | undefined {
    const value = this.trimmed(column).toLowerCase();
    if (value === '') {
      if (fallback === undefined) this.problem(column, 'required', 'Write true or false');
      return fallback;
    }
    if (TRUE_WORDS.includes(value)) return true;
    if (FALSE_WORDS.includes(value)) return false;
    this.problem(column, 'invalid_value', 'Write true or false');
    return fallback;
  }

  parse(): ParsedRow | null {
    const id = this.parseId();
    const type = this.trimmed('type').toLowerCase();
    if (type === '') {
      this.problem('type', 'required', `The question type is required: ${QUESTION_TYPES.join(', ')}`);
      return null;
    }
    if (!isQuestionType(type)) {
      this.problem('type', 'invalid_value', `Not a question type; one of ${QUESTION_TYPES.join(', ')}`);
      return null;
    }
    const used = new Set([...COMMON_COLUMNS, ...TYPE_COLUMNS[type]]);
    for (const column of this.columns.keys()) {
      if (!used.has(column) && this.trimmed(column) !== '') {
        this.problem(column, 'not_used', `Not used by ${type} questions; leave it empty`);
      }
    }
    if (this.trimmed('stem') === '') this.problem('stem', 'required', 'The question is required');

    const candidate = { type, ...this.common(), ...this.specific(type) };
    const result = QuestionBody.safeParse(candidate);
    if (!result.success) {
      for (const issue of result.error.issues) {
        this.problem(issueColumn(issue, candidate), issue.code, LIST_MESSAGES[listIssue(issue)] ?? issue.message);
      }
      return null;
    }
    return { row: this.row, id, body: result.data };
  }

  private parseId(): string | null {
    const id = this.trimmed('id');
    if (id === '') return null;
    if (!UUID.test(id)) {
      this.problem('id', 'invalid_value', 'Not a question id from an export; leave it empty for a new question');
      return null;
    }
    return id.toLowerCase();
  }

  private common() {
    const points = this.trimmed('points');
    let parsedPoints: number | undefined;
    if (/^\d+$/.test(points)) parsedPoints = Number(points);
    else if (points !== '') this.problem('points', 'invalid_value', 'A whole number from 1 to 100');
    return {
      stem: this.cell('stem'),
      ...(parsedPoints === undefined ? {} : { points: parsedPoints }),
      feedback: this.optional('feedback'),
      category: this.trimmed('category') || null,
      tags: this.lines('tags'),
    };
  }

  private specific(type: QuestionType): Record<string, unknown> {
    switch (type) {
      case 'single_choice':
      case 'multiple_choice': {
        const options = this.options(true);
        const correct = this.correctOptions(type, options.length);
        return {
          options: options.map((option, index) => ({ ...option, correct: correct.has(index + 1) })),
          ...(type === 'multiple_choice' ? { partialCredit: this.flag('partial_credit', true) } : {}),
        };
      }
      case 'true_false':
        return {
          answer: this.flag('correct'),
          trueFeedback: this.optional('true_feedback'),
          falseFeedback: this.optional('false_feedback'),
        };
      case 'short_text':
        return {
          acceptedAnswers: this.lines('accepted_answers'),
          diacriticsInsensitive: this.flag('diacritics_insensitive', false),
        };
      case 'ordering':
        return { items: this.options(false).map(({ text }) => ({ text })) };
    }
  }

  /** Options (or items) from option_1 on; a gap would leave the numbers in `correct` ambiguous. */
  private options(withFeedback: boolean): { text: string; feedback: string | null }[] {
    const last = OPTION_TEXTS.findLastIndex((column) => this.trimmed(column) !== '');
    const options: { text: string; feedback: string | null }[] = [];
    SLOTS.forEach((n, index) => {
      const text = `option_${n}`;
      const feedback = `option_${n}_feedback`;
      if (index > last) {
        if (withFeedback && this.trimmed(feedback) !== '') {
          this.problem(feedback, 'not_used', `Feedback for ${text}, which is empty`);
        }
      } else if (this.trimmed(text) === '') {
        this.problem(text, 'required', 'Fill the options from option_1 on, without gaps');
      } else {
        options.push({ text: this.cell(text), feedback: withFeedback ? this.optional(feedback) : null });
      }
    });
    return options;
  }

  /** Option numbers of `correct`: one for single choice, a list for multiple choice. */
  private correctOptions(type: 'single_choice' | 'multiple_choice', count: number): Set<number> {
    const single = type === 'single_choice';
    const example = single
      ? 'the number of the correct option, e.g. 2'
      : 'the numbers of the correct options, e.g. 1,3';
    const value = this.trimmed('correct');
    if (value === '') {
      this.problem('correct', 'required', `Write ${example}`);
      return new Set();
    }
    // Commas, semicolons or spaces: digits cannot be confused with any of them.
    const parts = value.split(/[\s,;]+/).filter((part) => part !== '');
    if (!parts.every((part) => /^\d+$/.test(part))) {
      // A Vietnamese Excel reads "1,3" typed in a General cell as the number 1.3.
      this.problem('correct', 'invalid_value', `Write ${example} (as text: format the cell as Text in Excel)`);
      return new Set();
    }
    if (single && parts.length !== 1) {
      this.problem('correct', 'invalid_value', `A ${type} question has one correct option: write its number, e.g. 2`);
      return new Set();
    }
    const numbers = new Set(parts.map(Number));
    const missing = [...numbers].filter((n) => n < 1 || n > count);
    if (missing.length > 0) this.problem('correct', 'invalid_value', `No option ${missing.join(', ')} in this row`);
    return numbers;
  }
}

function isQuestionType(value: string): value is QuestionType {
  return (QUESTION_TYPES as readonly string[]).includes(value);
}

const FIELD_COLUMNS: Record<string, string> = {
  answer: 'correct',
  partialCredit: 'partial_credit',
  acceptedAnswers: 'accepted_answers',
  diacriticsInsensitive: 'diacritics_insensitive',
  trueFeedback: 'true_feedback',
  falseFeedback: 'false_feedback',
};

/** The template column a problem of a question body's field belongs to. */
function fieldColumn(path: readonly PropertyKey[], code: string, optionCount: number): string {
  const [head, index, leaf] = path;
  if (head === 'options' || head === 'items') {
    if (typeof index === 'number') return leaf === 'feedback' ? `option_${index + 1}_feedback` : `option_${index + 1}`;
    // On the list itself: which option is correct (a refinement), or too few options (the first empty slot).
    return code === 'custom' ? 'correct' : `option_${Math.min(optionCount + 1, CSV_OPTION_SLOTS)}`;
  }
  const name = String(head ?? 'type');
  return FIELD_COLUMNS[name] ?? name;
}

/** Zod's words for a list that is too short name no column; an author knows these lists by their columns. */
const LIST_MESSAGES: Record<string, string> = {
  'options:too_small': 'At least two options, from option_1 on',
  'items:too_small': 'At least two options, from option_1 on',
  'acceptedAnswers:too_small': 'At least one accepted answer',
};

function listIssue(issue: z.core.$ZodIssue): string {
  return issue.path.length === 1 ? `${String(issue.path[0])}:${issue.code}` : '';
}

function issueColumn(issue: z.core.$ZodIssue, candidate: Record<string, unknown>): string {
  const list = candidate['options'] ?? candidate['items'];
  return fieldColumn(issue.path, issue.code, Array.isArray(list) ? list.length : 0);
}

/** What the bank holds that an import depends on. */
export interface BankState {
  categories: string[];
  /** Live questions of this bank named by the file's `id` cells. */
  questions: Map<string, QuestionView>;
}

export interface PlannedRow {
  row: number;
  action: 'create' | 'update' | 'unchanged';
  /** A new random id for a question to create. */
  questionId: string;
  fields: QuestionFields;
  sanitised: boolean;
}

/**
 * Decides each row against the bank: a row naming a live question of this bank replaces it (or leaves it,
 * when nothing differs); any other row is a new question with a new id, so an export of another bank
 * imports as copies. Categories the bank lacks are refused unless `createCategories`.
 */
export function planImport(
  rows: ParsedRow[],
  bank: BankState,
  createCategories: boolean,
): { planned: PlannedRow[]; categoriesAdded: string[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const categoriesAdded: string[] = [];
  const rowOfId = new Map<string, number>();
  const planned: PlannedRow[] = [];
  for (const { row, id, body } of rows) {
    const problem = (column: string | null, code: ImportIssue['code'], message: string) =>
      issues.push({ row, column, code, message });
    let valid = true;
    if (id !== null) {
      const first = rowOfId.get(id);
      if (first !== undefined) {
        problem('id', 'duplicate_id', `Row ${first} already names this question`);
        valid = false;
      }
      rowOfId.set(id, row);
    }
    const category = body.category ?? null;
    if (category !== null && !bank.categories.includes(category) && !categoriesAdded.includes(category)) {
      if (!createCategories) {
        problem(
          'category',
          'unknown_category',
          'Not a category of this bank: add it to the bank first, or let the import add it',
        );
        valid = false;
      } else if (bank.categories.length + categoriesAdded.length >= MAX_BANK_CATEGORIES) {
        problem('category', 'too_many_categories', `A bank has at most ${MAX_BANK_CATEGORIES} categories`);
        valid = false;
      } else {
        categoriesAdded.push(category);
      }
    }
    if (!valid) continue;

    let prepared: ReturnType<typeof prepareQuestion>;
    try {
      prepared = prepareQuestion(body, [...bank.categories, ...categoriesAdded]);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      for (const field of error.fields ?? []) {
        const path = field.path
          .split('.')
          .slice(1)
          .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
        problem(fieldColumn(path, field.code, 0), 'unsafe_markup', field.message);
      }
      continue;
    }
    const existing = id === null ? undefined : bank.questions.get(id);
    if (existing) {
      const fields = { ...prepared.fields, content: keepOptionIds(prepared.fields.content, existing.content) };
      const action = isUnchanged(fields, existing) ? 'unchanged' : 'update';
      planned.push({ row, action, questionId: existing.id, fields, sanitised: prepared.sanitised });
    } else {
      planned.push({ row, action: 'create', questionId: randomUUID(), ...prepared });
    }
  }
  return { planned, categoriesAdded, issues };
}

/**
 * Options and items whose text did not change keep their ids: attempts will refer to them, and an
 * edited export re-imported should not turn every option into a new one.
 */
export function keepOptionIds(content: QuestionContent, existing: QuestionContent): QuestionContent {
  const unused: { id: string; text: string }[] =
    existing.type === 'single_choice' || existing.type === 'multiple_choice'
      ? [...existing.options]
      : existing.type === 'ordering'
        ? [...existing.items]
        : [];
  const keep = <T extends { id: string; text: string }>(option: T): T => {
    const index = unused.findIndex((old) => old.text === option.text);
    if (index < 0) return option;
    const [old] = unused.splice(index, 1);
    return { ...option, id: old!.id };
  };
  switch (content.type) {
    case 'single_choice':
    case 'multiple_choice':
      return { ...content, options: content.options.map(keep) };
    case 'ordering':
      return { ...content, items: content.items.map(keep) };
    case 'true_false':
    case 'short_text':
      return content;
  }
}

function isUnchanged(fields: QuestionFields, existing: QuestionView): boolean {
  return (
    fields.stemHtml === existing.stem &&
    fields.points === existing.points &&
    fields.feedbackHtml === existing.feedback &&
    fields.category === existing.category &&
    isDeepStrictEqual(fields.tags, existing.tags) &&
    isDeepStrictEqual(fields.content, existing.content)
  );
}

/** The most problems listed in one answer; a file wrong throughout would otherwise answer megabytes. */
export const MAX_LISTED_ISSUES = 200;

/** The 400 an import answers when any row is wrong: every problem by row and column, nothing written. */
export function importRefused(issues: ImportIssue[]): AppError {
  const sorted = [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const fields: FieldError[] = sorted.slice(0, MAX_LISTED_ISSUES).map((issue) => ({
    path: issuePath(issue),
    code: issue.code,
    message: issue.message,
  }));
  if (sorted.length > MAX_LISTED_ISSUES) {
    fields.push({
      path: 'file',
      code: 'more_errors',
      message: `${sorted.length - MAX_LISTED_ISSUES} more problems are not listed`,
    });
  }
  const first = fields[0]!;
  return new AppError(
    'QUESTION_IMPORT_INVALID',
    `${sorted.length} problem(s) in the file, nothing was imported; first: ${first.path}: ${first.message}`,
    fields,
  );
}

function issuePath({ row, column }: ImportIssue): string {
  if (row === null) return column === null ? 'file' : `columns.${column}`;
  return column === null ? `rows.${row}` : `rows.${row}.${column}`;
}
