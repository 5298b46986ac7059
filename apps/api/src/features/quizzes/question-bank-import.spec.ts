import type { QuestionView } from '@sen/contracts';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/http/app-error';
import { questionRow } from './question-bank-csv';
import {
  importRefused,
  MAX_LISTED_ISSUES,
  parseQuestionTable,
  planImport,
  type ImportIssue,
  type ParsedRow,
} from './question-bank-import';
import type { QuestionTable } from './question-bank-table';

/** A table as the readers produce it: a header of the rows' keys, then one row per object from row 2. */
function tableOf(rows: Record<string, string>[], header?: string[]): QuestionTable {
  const columns = header ?? [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return {
    format: 'csv',
    header: { number: 1, cells: columns },
    rows: rows.map((row, index) => ({ number: index + 2, cells: columns.map((column) => row[column] ?? '') })),
  };
}

function parsed(rows: Record<string, string>[]): ParsedRow[] {
  const result = parseQuestionTable(tableOf(rows));
  expect(result.issues).toEqual([]);
  return result.rows;
}

/** Problems as `row column code`, the way an author reads them. */
function problems(rows: Record<string, string>[], header?: string[]): string[] {
  return parseQuestionTable(tableOf(rows, header)).issues.map(
    (issue) => `${issue.row ?? '-'} ${issue.column ?? '-'} ${issue.code}`,
  );
}

const single = { type: 'single_choice', stem: '<p>Thủ đô của Việt Nam?</p>', option_1: 'Hà Nội', option_2: 'Huế' };

describe('parseQuestionTable', () => {
  it('reads a row of every type into the question the API would take', () => {
    const rows = parsed([
      {
        ...single,
        category: 'Địa lý',
        tags: 'địa lý\n  cơ bản  \n\n',
        points: '2',
        option_1_feedback: '<p>Đúng vậy</p>',
        correct: '1',
        feedback: '<p>Xem bài 1</p>',
      },
      {
        type: 'multiple_choice',
        stem: '<p>Mật khẩu mạnh gồm?</p>',
        option_1: 'Chữ',
        option_2: 'Số',
        option_3: 'Ngày sinh',
        option_4: 'Ký tự đặc biệt',
        correct: ' 1, 2;4 ',
        partial_credit: 'FALSE',
      },
      { type: 'true_false', stem: '<p>Nên chia sẻ mã OTP?</p>', correct: 'Sai', false_feedback: '<p>Chính xác</p>' },
      {
        type: 'short_text',
        stem: '<p>Thủ đô?</p>',
        accepted_answers: 'Hà Nội\nThủ đô Hà Nội',
        diacritics_insensitive: 'đúng',
      },
      { type: 'ordering', stem: '<p>Sắp xếp</p>', option_1: 'Khai mạc', option_2: 'Thảo luận', option_3: 'Bế mạc' },
    ]);
    expect(rows.map((r) => [r.row, r.id])).toEqual([
      [2, null],
      [3, null],
      [4, null],
      [5, null],
      [6, null],
    ]);
    expect(rows.map((r) => r.body)).toEqual([
      {
        type: 'single_choice',
        stem: '<p>Thủ đô của Việt Nam?</p>',
        points: 2,
        feedback: '<p>Xem bài 1</p>',
        category: 'Địa lý',
        tags: ['địa lý', 'cơ bản'],
        options: [
          { text: 'Hà Nội', correct: true, feedback: '<p>Đúng vậy</p>' },
          { text: 'Huế', correct: false, feedback: null },
        ],
      },
      {
        type: 'multiple_choice',
        stem: '<p>Mật khẩu mạnh gồm?</p>',
        points: 1,
        feedback: null,
        category: null,
        tags: [],
        partialCredit: false,
        options: [
          { text: 'Chữ', correct: true, feedback: null },
          { text: 'Số', correct: true, feedback: null },
          { text: 'Ngày sinh', correct: false, feedback: null },
          { text: 'Ký tự đặc biệt', correct: true, feedback: null },
        ],
      },
      {
        type: 'true_false',
        stem: '<p>Nên chia sẻ mã OTP?</p>',
        points: 1,
        feedback: null,
        category: null,
        tags: [],
        answer: false,
        trueFeedback: null,
        falseFeedback: '<p>Chính xác</p>',
      },
      {
        type: 'short_text',
        stem: '<p>Thủ đô?</p>',
        points: 1,
        feedback: null,
        category: null,
        tags: [],
        acceptedAnswers: ['Hà Nội', 'Thủ đô Hà Nội'],
        diacriticsInsensitive: true,
      },
      {
        type: 'ordering',
        stem: '<p>Sắp xếp</p>',
        points: 1,
        feedback: null,
        category: null,
        tags: [],
        items: [{ text: 'Khai mạc' }, { text: 'Thảo luận' }, { text: 'Bế mạc' }],
      },
    ]);
  });

  it('applies the defaults and accepts header names in any case', () => {
    const [multiple] = parseQuestionTable(
      tableOf([{ TYPE: 'Multiple_Choice', ' Stem ': '<p>?</p>', Option_1: 'A', option_2: 'B', CORRECT: '2' }]),
    ).rows;
    expect(multiple?.body).toMatchObject({ points: 1, partialCredit: true, tags: [] });
    const [short] = parsed([{ type: 'short_text', stem: '<p>?</p>', accepted_answers: 'một' }]);
    expect(short?.body).toMatchObject({ diacriticsInsensitive: false });
  });

  it('keeps multi-line cells: rich text as written, tags and accepted answers one per line', () => {
    const [row] = parsed([
      {
        type: 'short_text',
        stem: '<p>Dòng một</p>\n<p>Dòng hai</p>',
        accepted_answers: 'Hà Nội\nHN',
        tags: 'một\nhai',
      },
    ]);
    expect(row?.body).toMatchObject({
      stem: '<p>Dòng một</p>\n<p>Dòng hai</p>',
      acceptedAnswers: ['Hà Nội', 'HN'],
      tags: ['một', 'hai'],
    });
  });

  it('takes the id of an exported row, in any case', () => {
    const id = randomUUID();
    const [row] = parsed([{ ...single, correct: '1', id: `  ${id.toUpperCase()} ` }]);
    expect(row?.id).toBe(id);
  });

  it('names the row and column of every problem, and keeps no row that has one', () => {
    const result = parseQuestionTable(
      tableOf([
        { type: 'essay', stem: '<p>?</p>' },
        { type: '', stem: '<p>?</p>' },
        { type: 'true_false', stem: '  ', correct: 'có' },
        { ...single, correct: '4' },
        { ...single, correct: '1,2' },
        { ...single, correct: '1.3' },
        { type: 'multiple_choice', stem: '<p>?</p>', option_1: 'A', option_3: 'C', correct: '1' },
        {
          type: 'multiple_choice',
          stem: '<p>?</p>',
          option_1: 'A',
          option_2: 'B',
          correct: '1',
          option_4_feedback: 'x',
        },
        { type: 'true_false', stem: '<p>?</p>', correct: 'true', option_1: 'A', accepted_answers: 'B' },
        { ...single, correct: '1', points: 'hai' },
        { ...single, correct: '1', points: '101' },
        { ...single, correct: '1', id: 'not-an-id' },
        { ...single, correct: '1', partial_credit: 'true' },
        { type: 'ordering', stem: '<p>?</p>', option_1: 'Một mình' },
        { type: 'short_text', stem: '<p>?</p>', accepted_answers: '\n' },
        { type: 'short_text', stem: '<p>?</p>', accepted_answers: 'Hà Nội\nHà Nội' },
        { type: 'single_choice', stem: '<p>?</p>', option_1: 'A', option_2: 'B', correct: '' },
        { type: 'true_false', stem: '<p>?</p>', correct: 'true', tags: 'x'.repeat(41) },
        { type: 'true_false', stem: '<p>?</p>', correct: 'true', category: 'c'.repeat(81) },
        { type: 'multiple_choice', stem: '<p>?</p>', option_1: 'A', option_2: 'B', correct: '1', partial_credit: 'có' },
      ]),
    );
    expect(result.rows).toEqual([]);
    const described = result.issues.map((i) => `${i.row} ${i.column} ${i.code}`);
    expect(described).toEqual([
      '2 type invalid_value',
      '3 type required',
      '4 stem required',
      '4 correct invalid_value',
      '5 correct invalid_value',
      '6 correct invalid_value',
      '7 correct invalid_value',
      '8 option_2 required',
      '9 option_4_feedback not_used',
      '10 option_1 not_used',
      '10 accepted_answers not_used',
      '11 points invalid_value',
      '12 points too_big',
      '13 id invalid_value',
      '14 partial_credit not_used',
      '15 option_2 too_small',
      '16 accepted_answers too_small',
      '17 accepted_answers custom',
      '18 correct required',
      '19 tags too_big',
      '20 category too_big',
      '21 partial_credit invalid_value',
    ]);
    const message = (row: number) => result.issues.find((i) => i.row === row)?.message;
    expect(message(5)).toBe('No option 4 in this row');
    expect(message(6)).toBe('A single_choice question has one correct option: write its number, e.g. 2');
    expect(message(7)).toMatch(/format the cell as Text/);
    expect(message(15)).toBe('At least two options, from option_1 on');
    expect(result.issues.every((i) => /^[A-Z]/.test(i.message))).toBe(true);
  });

  it('refuses a header that is not the template, without reading the rows', () => {
    expect(problems([{ type: 'true_false', stem: '<p>?</p>', opton_1: 'A' }])).toEqual(['- opton_1 unknown_column']);
    expect(problems([{ type: 'true_false' }])).toEqual(['- stem missing_column']);
    expect(problems([], ['type', 'stem', 'Stem'])).toEqual(['- stem duplicate_column']);
    expect(problems([], ['type', 'stem'])).toEqual(['- - no_rows']);
  });

  it('refuses a value in a column without a name, naming its letter', () => {
    const table = tableOf([{ type: 'true_false', stem: '<p>?</p>', correct: 'true' }]);
    table.header.cells.push('', '');
    table.rows[0]!.cells.push('', 'lạc chỗ');
    const [issue] = parseQuestionTable(table).issues;
    expect(issue).toEqual({
      row: 2,
      column: null,
      code: 'unknown_column',
      message: 'Column E holds a value but has no name in the header',
    });
  });
});

function view(id: string, body: Partial<QuestionView> & Pick<QuestionView, 'content'>): QuestionView {
  return {
    id,
    bankId: randomUUID(),
    stem: '<p>Thủ đô?</p>',
    points: 1,
    feedback: null,
    category: null,
    tags: [],
    updatedAt: new Date().toISOString(),
    ...body,
  };
}

describe('planImport', () => {
  const bank = (questions: QuestionView[] = [], categories = ['Địa lý']) => ({
    categories,
    questions: new Map(questions.map((q) => [q.id, q])),
  });

  it('creates rows without a known id, updates those naming a question of the bank, leaves equal ones', () => {
    const kept = randomUUID();
    const edited = randomUUID();
    const huế = randomUUID();
    const existing = [
      view(kept, {
        content: { type: 'true_false', answer: true, trueFeedback: null, falseFeedback: null },
      }),
      view(edited, {
        content: {
          type: 'single_choice',
          options: [
            { id: randomUUID(), text: 'Hà Nội', correct: true, feedback: null },
            { id: huế, text: 'Huế', correct: false, feedback: null },
          ],
        },
      }),
    ];
    const rows = parsed([
      { type: 'true_false', stem: '<p>Thủ đô?</p>', correct: 'true', id: kept },
      {
        type: 'single_choice',
        stem: '<p>Thủ đô?</p>',
        option_1: 'Huế',
        option_2: 'Hà Nội mới',
        correct: '2',
        id: edited,
      },
      { type: 'true_false', stem: '<p>Mới?</p>', correct: 'false', id: randomUUID() },
      { type: 'true_false', stem: '<p>Mới nữa?</p>', correct: 'false', category: 'Địa lý' },
    ]);
    const plan = planImport(rows, bank(existing), false);
    expect(plan.issues).toEqual([]);
    expect(plan.planned.map((p) => [p.row, p.action])).toEqual([
      [2, 'unchanged'],
      [3, 'update'],
      [4, 'create'],
      [5, 'create'],
    ]);
    expect(plan.planned[0]!.questionId).toBe(kept);
    expect(plan.planned[2]!.questionId).not.toBe(rows[2]!.id);
    // The option whose text stayed keeps its id, wherever it moved; the new one gets a new id.
    const content = plan.planned[1]!.fields.content;
    if (content.type !== 'single_choice') throw new Error('wrong type');
    expect(content.options[0]!.id).toBe(huế);
    expect(
      existing[1]!.content.type === 'single_choice' && existing[1]!.content.options.map((o) => o.id),
    ).not.toContain(content.options[1]!.id);
  });

  it('refuses a category the bank lacks, or adds it when asked, up to the limit', () => {
    const rows = parsed([
      { type: 'true_false', stem: '<p>?</p>', correct: 'true', category: 'Pháp luật' },
      { type: 'true_false', stem: '<p>?</p>', correct: 'true', category: 'Pháp luật' },
      { type: 'true_false', stem: '<p>?</p>', correct: 'true', category: 'Kỹ năng số' },
    ]);
    expect(planImport(rows, bank(), false).issues.map((i) => `${i.row} ${i.column} ${i.code}`)).toEqual([
      '2 category unknown_category',
      '3 category unknown_category',
      '4 category unknown_category',
    ]);
    const added = planImport(rows, bank(), true);
    expect(added.issues).toEqual([]);
    expect(added.categoriesAdded).toEqual(['Pháp luật', 'Kỹ năng số']);
    const full = Array.from({ length: 49 }, (_, i) => `Chủ đề ${i}`);
    expect(planImport(rows, bank([], full), true).issues.map((i) => `${i.row} ${i.code}`)).toEqual([
      '4 too_many_categories',
    ]);
  });

  it('refuses an id named by two rows, and rich text that sanitising empties', () => {
    const id = randomUUID();
    const rows = parsed([
      { type: 'true_false', stem: '<p>?</p>', correct: 'true', id },
      { type: 'true_false', stem: '<p>?</p>', correct: 'true', id },
      { ...single, option_2: '<iframe src="https://evil.example"></iframe>', correct: '1' },
      { type: 'true_false', stem: '<script>alert(1)</script>', correct: 'true' },
    ]);
    const plan = planImport(rows, bank(), false);
    expect(plan.issues.map((i) => `${i.row} ${i.column} ${i.code}`)).toEqual([
      '3 id duplicate_id',
      '4 option_2 unsafe_markup',
      '5 stem unsafe_markup',
    ]);
    expect(plan.issues[0]!.message).toBe('Row 2 already names this question');
  });

  it('reads back what the exporter writes, for every type', () => {
    const questions = [
      view(randomUUID(), {
        category: 'Địa lý',
        tags: ['một', 'hai'],
        points: 3,
        feedback: '<p>Xem lại</p>',
        content: {
          type: 'multiple_choice',
          partialCredit: false,
          options: [
            { id: randomUUID(), text: '<p>Một, hai</p>', correct: true, feedback: '<p>Đúng "vậy"</p>' },
            { id: randomUUID(), text: 'Ba', correct: false, feedback: null },
            { id: randomUUID(), text: 'Bốn\nnăm', correct: true, feedback: null },
          ],
        },
      }),
      view(randomUUID(), { content: { type: 'true_false', answer: false, trueFeedback: 'Sai', falseFeedback: null } }),
      view(randomUUID(), {
        content: { type: 'short_text', acceptedAnswers: ['Hà Nội', 'HN'], diacriticsInsensitive: true },
      }),
      view(randomUUID(), {
        content: { type: 'ordering', items: ['A', 'B'].map((text) => ({ id: randomUUID(), text })) },
      }),
      view(randomUUID(), {
        content: {
          type: 'single_choice',
          options: [
            { id: randomUUID(), text: 'A', correct: false, feedback: null },
            { id: randomUUID(), text: 'B', correct: true, feedback: 'Vì B' },
          ],
        },
      }),
    ];
    const rows = questions.map((q) => questionRow(q) as Record<string, string>);
    const plan = planImport(parsed(rows), bank(questions), false);
    expect(plan.issues).toEqual([]);
    expect(plan.planned.map((p) => p.action)).toEqual(Array(questions.length).fill('unchanged'));
  });
});

describe('importRefused', () => {
  it('answers 400 with each problem as a field path, the file and header first, at most a few hundred', () => {
    const issues: ImportIssue[] = [
      { row: 3, column: 'stem', code: 'required', message: 'The question is required' },
      { row: null, column: 'opton_1', code: 'unknown_column', message: 'Not a column of the template' },
      { row: 2, column: null, code: 'unknown_column', message: 'Column E holds a value' },
    ];
    const error = importRefused(issues);
    expect(error).toBeInstanceOf(AppError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('QUESTION_IMPORT_INVALID');
    expect(error.fields?.map((f) => f.path)).toEqual(['columns.opton_1', 'rows.2', 'rows.3.stem']);

    const many = Array.from({ length: MAX_LISTED_ISSUES + 5 }, (_, i): ImportIssue => ({
      row: i + 2,
      column: 'stem',
      code: 'required',
      message: 'The question is required',
    }));
    const capped = importRefused(many).fields!;
    expect(capped).toHaveLength(MAX_LISTED_ISSUES + 1);
    expect(capped.at(-1)).toEqual({ path: 'file', code: 'more_errors', message: '5 more problems are not listed' });
  });
});
