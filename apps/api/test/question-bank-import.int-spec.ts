import {
  QUESTION_IMPORT_LIMITS,
  routes,
  type ApiError,
  type QuestionBankView,
  type QuestionImportReport,
  type QuestionPage,
  type QuestionView,
} from '@sen/contracts';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { Fixtures } from './support/fixtures';
import { pdf } from './support/files';
import { TestApp, type Session } from './support/test-app';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('question bank import and XLSX export', () => {
  let t: TestApp;
  let fx: Fixtures;
  let trainer: Session;
  let commune: string;

  beforeAll(async () => {
    t = await TestApp.start();
    fx = new Fixtures(t.db);
    trainer = await t.signIn('trainer@example.org');
    commune = (await fx.unitNamed('Minh Tân', 'commune')).id;
  });
  afterAll(async () => {
    await t.stop();
  });

  async function bank(categories: string[] = ['An toàn', 'Pháp luật']): Promise<QuestionBankView> {
    const { courseId } = await fx.course(commune);
    const response = await t.call<QuestionBankView>(routes.createQuestionBank, {
      as: trainer,
      params: { id: courseId },
      body: { name: `Ngân hàng ${fx.next()}`, categories },
    });
    expect(response.status).toBe(200);
    return response.body;
  }

  async function create(bankId: string, body: unknown): Promise<QuestionView> {
    const response = await t.call<QuestionView>(routes.createQuestion, { as: trainer, params: { id: bankId }, body });
    expect(response.status).toBe(200);
    return response.body;
  }

  function importFile(
    bankId: string,
    data: Buffer,
    query: Record<string, string> = { mode: 'apply' },
    fileName = 'câu hỏi.csv',
    contentType = 'text/csv',
  ) {
    return t.call<QuestionImportReport & ApiError>(routes.importQuestionBank, {
      as: trainer,
      params: { id: bankId },
      query,
      file: { data, fileName, contentType },
    });
  }

  async function questions(bankId: string): Promise<QuestionView[]> {
    const page = await t.call<QuestionPage>(routes.listQuestions, {
      as: trainer,
      params: { id: bankId },
      query: { pageSize: 100 },
    });
    return page.body.items;
  }

  async function exported(bankId: string, format: 'csv' | 'xlsx') {
    const route = format === 'csv' ? routes.exportQuestionBank : routes.exportQuestionBankXlsx;
    const response = await t.call(route, { as: trainer, params: { id: bankId } });
    expect(response.status).toBe(200);
    return response;
  }

  /** What must survive a round trip: everything but the ids, the bank and the time. */
  function portable({ id: _id, bankId: _bankId, updatedAt: _updatedAt, content, ...rest }: QuestionView) {
    const withoutIds =
      content.type === 'single_choice' || content.type === 'multiple_choice'
        ? { ...content, options: content.options.map(({ id: _optionId, ...o }) => o) }
        : content.type === 'ordering'
          ? { ...content, items: content.items.map(({ id: _itemId, ...o }) => o) }
          : content;
    return { ...rest, content: withoutIds };
  }

  /** Rows and audit records that an import could have written. */
  async function footprint(bankId: string) {
    const [row]: { questions: number; audits: number; changed: Date | null; categories: string[] }[] = await t.db.query(
      `SELECT (SELECT count(*)::int FROM questions WHERE bank_id = $1) AS questions,
                (SELECT count(*)::int FROM audit_log WHERE target_id = $1::text) AS audits,
                (SELECT max(updated_at) FROM questions WHERE bank_id = $1) AS changed,
                (SELECT categories FROM question_banks WHERE id = $1) AS categories`,
      [bankId],
    );
    return row!;
  }

  const examples = [
    {
      type: 'single_choice',
      stem: '<p>Thủ đô của Việt Nam?</p>',
      options: [
        { text: '<p>Hà Nội</p>', correct: true, feedback: '<p>Đúng vậy</p>' },
        { text: '<p>Huế</p>', correct: false },
      ],
      category: 'Pháp luật',
      tags: ['địa lý', 'cơ bản'],
    },
    {
      type: 'multiple_choice',
      stem: '<p>Chọn "đúng", rồi xuống dòng:</p>\n<p>a; b, c</p>',
      points: 5,
      partialCredit: false,
      feedback: '<p>Xem lại bài 2, mục "An toàn"</p>',
      category: 'An toàn',
      tags: ['có, dấu phẩy', 'có "ngoặc"'],
      options: [
        { text: '<p>Một, hai</p>', correct: true, feedback: '<p>Đúng "vậy"</p>' },
        { text: '=SUM(1,2)', correct: false },
        { text: '<p>Bốn\nnăm</p>', correct: true },
      ],
    },
    {
      type: 'true_false',
      stem: '<p>Nên chia sẻ mã <strong>OTP</strong>?</p>',
      answer: false,
      trueFeedback: '<p>Không nên</p>',
      falseFeedback: 'Chính xác',
    },
    {
      type: 'short_text',
      stem: '<p>Thủ đô?</p>',
      // Cells a spreadsheet would run as formulas: the CSV guards them, the import unguards them.
      acceptedAnswers: ['-1', 'Hà Nội', "'=thủ đô"],
      tags: ['@cơ bản'],
      diacriticsInsensitive: true,
      points: 2,
    },
    {
      type: 'ordering',
      stem: '<p>Sắp xếp các bước họp</p>',
      items: [{ text: 'Khai mạc' }, { text: '<p>Thảo <em>luận</em></p>' }, { text: 'Bế mạc' }],
      feedback: '<p>Theo điều lệ</p>',
    },
  ];

  async function filledBank(): Promise<QuestionBankView> {
    const b = await bank();
    for (const body of examples) await create(b.id, body);
    return b;
  }

  it('imports an exported CSV into another bank as the same questions, in the same order', async () => {
    const source = await filledBank();
    const csv = (await exported(source.id, 'csv')).bytes;
    // Excel opens the guarded cells as text (a cell's first character is what counts); the copies below
    // are still equal to the source.
    expect(csv.toString('utf8')).toContain(`,"'=SUM(1,2)",`);
    expect(csv.toString('utf8')).toContain(`,"'-1\nHà Nội\n'=thủ đô",`);
    const target = await bank([]);

    const dryRun = await importFile(target.id, csv, { mode: 'dry_run', createCategories: 'true' });
    expect(dryRun.status).toBe(200);
    expect(dryRun.body).toMatchObject({
      mode: 'dry_run',
      format: 'csv',
      rows: 5,
      created: 5,
      updated: 0,
      unchanged: 0,
      categoriesAdded: ['Pháp luật', 'An toàn'],
      sanitisedRows: [],
    });
    expect(dryRun.body.items).toEqual([2, 3, 4, 5, 6].map((row) => ({ row, action: 'create', questionId: null })));
    expect(await footprint(target.id)).toMatchObject({ questions: 0, categories: [] });

    const applied = await importFile(target.id, csv, { mode: 'apply', createCategories: 'true' });
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ mode: 'apply', created: 5, categoriesAdded: ['Pháp luật', 'An toàn'] });
    const copies = await questions(target.id);
    expect(applied.body.items.map((i) => i.questionId)).toEqual(copies.map((q) => q.id));
    expect(copies.map(portable)).toEqual((await questions(source.id)).map(portable));
    // New questions, not the source's: their ids and option ids are the target's own.
    const sourceIds = new Set((await questions(source.id)).map((q) => q.id));
    expect(copies.some((q) => sourceIds.has(q.id))).toBe(false);
    expect((await footprint(target.id)).categories).toEqual(['Pháp luật', 'An toàn']);

    const [audit]: { action: string; details: Record<string, unknown> }[] = await t.db.query(
      `SELECT action, details FROM audit_log WHERE target_id = $1 AND action = 'question-bank.import'`,
      [target.id],
    );
    expect(audit?.details).toMatchObject({
      format: 'csv',
      fileName: 'câu hỏi.csv',
      created: copies.map((q) => q.id),
      updated: [],
      categoriesAdded: ['Pháp luật', 'An toàn'],
    });
  });

  it('exports XLSX with the answer-key headers, and imports it into another bank as the same questions', async () => {
    const source = await filledBank();
    const response = await exported(source.id, 'xlsx');
    expect(response.headers).toMatchObject({
      'content-type': XLSX_MIME,
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(`${source.name}.xlsx`)}`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(response.bytes).buffer);
    expect(book.worksheets).toHaveLength(1);
    const sheet = book.worksheets[0]!;
    const records: string[][] = parse((await exported(source.id, 'csv')).bytes, { bom: true });
    const csvHeader = records[0];
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(csvHeader);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const target = await bank();
    const applied = await importFile(target.id, response.bytes, { mode: 'apply' }, 'ngân hàng.xlsx', XLSX_MIME);
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ format: 'xlsx', created: 5, categoriesAdded: [] });
    expect((await questions(target.id)).map(portable)).toEqual((await questions(source.id)).map(portable));
  });

  it('imports a workbook an author filled in: decomposed Vietnamese, cells with line breaks, booleans, numbers', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Câu hỏi');
    sheet.addRow(['Type', 'Stem', 'Points', 'Correct', 'option_1', 'option_2', 'option_3', 'accepted_answers', 'tags']);
    sheet.addRow([
      'true_false',
      'Hà Nội là thủ đô?'.normalize('NFD'),
      2,
      true,
      null,
      null,
      null,
      null,
      'địa lý\r\nthủ đô',
    ]);
    sheet.addRow(['multiple_choice', '<p>Chọn hai</p>', null, '1;3', 'Một', 'Hai', 'Ba', null, null]);
    sheet.addRow([]);
    sheet.addRow(['short_text', '<p>Thủ đô?</p>', null, null, null, null, null, 'Hà Nội\nHN'.normalize('NFD'), null]);
    book.addWorksheet('Ghi chú').addRow(['không phải câu hỏi']);
    const target = await bank();
    const applied = await importFile(
      target.id,
      Buffer.from(await book.xlsx.writeBuffer()),
      { mode: 'apply' },
      'tự soạn.xlsx',
      'application/octet-stream',
    );
    expect(applied.status).toBe(200);
    expect(applied.body.items.map((i) => i.row)).toEqual([2, 3, 5]);
    expect((await questions(target.id)).map(portable)).toEqual([
      {
        stem: 'Hà Nội là thủ đô?',
        points: 2,
        feedback: null,
        category: null,
        tags: ['địa lý', 'thủ đô'],
        content: { type: 'true_false', answer: true, trueFeedback: null, falseFeedback: null },
      },
      {
        stem: '<p>Chọn hai</p>',
        points: 1,
        feedback: null,
        category: null,
        tags: [],
        content: {
          type: 'multiple_choice',
          partialCredit: true,
          options: [
            { text: 'Một', correct: true, feedback: null },
            { text: 'Hai', correct: false, feedback: null },
            { text: 'Ba', correct: true, feedback: null },
          ],
        },
      },
      {
        stem: '<p>Thủ đô?</p>',
        points: 1,
        feedback: null,
        category: null,
        tags: [],
        content: { type: 'short_text', acceptedAnswers: ['Hà Nội', 'HN'], diacriticsInsensitive: false },
      },
    ]);
  });

  it('writes nothing in a dry run, and reports what the file would do', async () => {
    const b = await filledBank();
    const before = await footprint(b.id);
    const csv = (await exported(b.id, 'csv')).bytes;
    const report = await importFile(b.id, csv, {});
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ mode: 'dry_run', rows: 5, created: 0, updated: 0, unchanged: 5 });
    const rows: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    rows.push({ type: 'true_false', stem: '<p>Câu mới</p>', correct: 'true' });
    const withNew = Buffer.from(stringify(rows, { header: true, columns: Object.keys(rows[0]!) }));
    const more = await importFile(b.id, withNew, { mode: 'dry_run' });
    expect(more.body).toMatchObject({ created: 1, unchanged: 5 });
    expect(await footprint(b.id)).toEqual(before);
  });

  it('refuses the whole file for one bad row, naming its row and column, and writes nothing', async () => {
    const b = await filledBank();
    const before = await footprint(b.id);
    const csv =
      'type,stem,option_1,option_2,correct,category\r\n' +
      'single_choice,<p>Một?</p>,A,B,1,\r\n' +
      'single_choice,"<p>Hai,\r\nba?</p>",A,B,3,\r\n' +
      'true_false,<p>Bốn?</p>,,,true,Không có\r\n';
    for (const mode of ['apply', 'dry_run']) {
      const response = await importFile(b.id, Buffer.from(csv), { mode });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('QUESTION_IMPORT_INVALID');
      // The quoted cell spans two lines of the file, yet the next row is row 4 as a spreadsheet numbers it.
      expect(response.body.error.fields).toEqual([
        { path: 'rows.3.correct', code: 'invalid_value', message: 'No option 3 in this row' },
        { path: 'rows.4.category', code: 'unknown_category', message: expect.stringMatching(/^Not a category/) },
      ]);
    }
    expect(await footprint(b.id)).toEqual(before);
  });

  it('updates the questions an edited export names, keeps unchanged options, and adds new rows', async () => {
    const b = await filledBank();
    const original = await questions(b.id);
    const deleted = await create(b.id, { type: 'true_false', stem: '<p>Sẽ xóa</p>', answer: true });
    expect((await t.call(routes.deleteQuestion, { as: trainer, params: { id: deleted.id } })).status).toBe(204);

    const rows: Record<string, string>[] = parse((await exported(b.id, 'csv')).bytes, { bom: true, columns: true });
    const single = rows.find((r) => r['type'] === 'single_choice')!;
    single['stem'] = '<p>Thủ đô của nước Việt Nam?</p>';
    single['option_2'] = '<p>Đà Nẵng</p>';
    rows.push({ ...rows.find((r) => r['type'] === 'true_false')!, id: deleted.id, stem: '<p>Lại có</p>' });
    rows.push({ ...rows.find((r) => r['type'] === 'true_false')!, id: '', stem: '<p>Câu thêm</p>' });
    const edited = Buffer.from(stringify(rows, { header: true, columns: Object.keys(rows[0]!) }));

    const report = await importFile(b.id, edited);
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ rows: 7, created: 2, updated: 1, unchanged: 4 });
    const after = await questions(b.id);
    expect(after).toHaveLength(7);
    // The same questions, in place; the edited one changed, the deleted one stays deleted.
    expect(after.slice(0, 5).map((q) => q.id)).toEqual(original.map((q) => q.id));
    expect(after.map((q) => q.id)).not.toContain(deleted.id);
    const before = original.find((q) => q.content.type === 'single_choice')!;
    const updated = after.find((q) => q.id === before.id)!;
    expect(updated.stem).toBe('<p>Thủ đô của nước Việt Nam?</p>');
    if (before.content.type !== 'single_choice' || updated.content.type !== 'single_choice') throw new Error('type');
    expect(updated.content.options[0]!.id).toBe(before.content.options[0]!.id);
    expect(updated.content.options[1]!.id).not.toBe(before.content.options[1]!.id);
    expect(updated.content.options[1]!.text).toBe('<p>Đà Nẵng</p>');
    // Unchanged questions are not rewritten.
    for (const q of original.filter((q) => q.id !== before.id)) {
      expect(after.find((a) => a.id === q.id)!.updatedAt).toBe(q.updatedAt);
    }
    expect(report.body.items.filter((i) => i.action === 'update').map((i) => i.questionId)).toEqual([before.id]);
  });

  it('refuses a file larger than the limit with 413, before reading it', async () => {
    const b = await bank();
    const header = Buffer.from('type,stem\r\n');
    const data = Buffer.concat([header, Buffer.alloc(QUESTION_IMPORT_LIMITS.bytes + 1 - header.length, 'a')]);
    const response = await importFile(b.id, data);
    expect(response.status).toBe(413);
    expect(response.body.error).toMatchObject({
      code: 'QUESTION_IMPORT_TOO_LARGE',
      fields: [{ path: 'file', code: 'QUESTION_IMPORT_TOO_LARGE' }],
    });
    expect((await footprint(b.id)).questions).toBe(0);
  });

  it('refuses other kinds of file, a JSON body and a file in another field, naming the field', async () => {
    const b = await bank();
    const asPdf = await importFile(b.id, pdf(), { mode: 'apply' }, 'câu hỏi.csv', 'text/csv');
    expect(asPdf.status).toBe(400);
    expect(asPdf.body.error).toMatchObject({ code: 'QUESTION_IMPORT_FILE_TYPE', fields: [{ path: 'file' }] });

    const legacy = Buffer.from('type,stem,correct\r\ntrue_false,<p>H\xe0 N\xf4\xcc\xa3i</p>,true\r\n', 'latin1');
    const notUtf8 = await importFile(b.id, legacy);
    expect(notUtf8.status).toBe(400);
    expect(notUtf8.body.error).toMatchObject({ code: 'QUESTION_IMPORT_FILE_TYPE', fields: [{ path: 'file' }] });

    const json = await t.call<ApiError>(routes.importQuestionBank, {
      as: trainer,
      params: { id: b.id },
      body: { type: 'true_false' },
    });
    expect(json.status).toBe(415);
    expect(json.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');

    const otherField = await t.call<ApiError>(routes.importQuestionBank, {
      as: trainer,
      params: { id: b.id },
      file: { data: Buffer.from('type,stem\r\n'), fileName: 'a.csv', contentType: 'text/csv', field: 'upload' },
    });
    expect(otherField.status).toBe(400);
    expect(otherField.body.error.fields?.map((f) => f.path)).toEqual(['file']);

    const badMode = await importFile(b.id, Buffer.from('type,stem\r\n'), { mode: 'maybe' });
    expect(badMode.status).toBe(400);
    expect(badMode.body.error.fields?.map((f) => f.path)).toEqual(['query.mode']);
    expect((await footprint(b.id)).questions).toBe(0);
  });
});
