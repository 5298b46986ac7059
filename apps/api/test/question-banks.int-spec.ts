import {
  routes,
  type ApiError,
  type QuestionBankList,
  type QuestionBankView,
  type QuestionPage,
  type QuestionView,
} from '@sen/contracts';
import { parse } from 'csv-parse/sync';
import { randomUUID } from 'node:crypto';
import { DEMO_COURSES, demoQuestionBankId } from '../src/database/seed/demo-ids';
import { SEED_COURSES } from '../src/database/seed/programmes';
import { Fixtures } from './support/fixtures';
import { TestApp, type Session } from './support/test-app';

describe('question banks', () => {
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

  async function bank(categories = ['An toàn', 'Pháp luật']): Promise<QuestionBankView> {
    const { courseId } = await fx.course(commune);
    const response = await t.call<QuestionBankView>(routes.createQuestionBank, {
      as: trainer,
      params: { id: courseId },
      body: { name: 'Câu hỏi chương 1', categories },
    });
    expect(response.status).toBe(200);
    return response.body;
  }

  function create(bankId: string, body: unknown, as: Session | null = trainer) {
    return t.call<QuestionView>(routes.createQuestion, { as, params: { id: bankId }, body });
  }

  async function fieldPaths(bankId: string, body: unknown): Promise<string[]> {
    const response = await t.call<ApiError>(routes.createQuestion, { as: trainer, params: { id: bankId }, body });
    expect(response.status).toBe(400);
    return (response.body.error.fields ?? []).map((f) => f.path);
  }

  async function auditOf(targetId: string): Promise<{ action: string; details: Record<string, unknown> }[]> {
    return t.db.query(`SELECT action, details FROM audit_log WHERE target_id = $1 ORDER BY occurred_at, id`, [
      targetId,
    ]);
  }

  const examples = {
    single_choice: {
      type: 'single_choice',
      stem: '<p>Thủ đô của Việt Nam?</p>',
      options: [
        { text: '<p>Hà Nội</p>', correct: true, feedback: 'Đúng vậy' },
        { text: '<p>Huế</p>', correct: false },
      ],
      category: 'Pháp luật',
      tags: ['địa lý', 'cơ bản', 'địa lý'],
    },
    multiple_choice: {
      type: 'multiple_choice',
      stem: '<p>Mật khẩu mạnh gồm?</p>',
      points: 3,
      options: [
        { text: 'Chữ', correct: true },
        { text: 'Số', correct: true },
        { text: 'Ngày sinh', correct: false },
      ],
      tags: ['an toàn số'],
    },
    true_false: { type: 'true_false', stem: '<p>Nên chia sẻ mã OTP?</p>', answer: false, falseFeedback: 'Chính xác' },
    short_text: {
      type: 'short_text',
      stem: '<p>Thủ đô?</p>',
      acceptedAnswers: ['Hà Nội', 'Thủ đô Hà Nội'.normalize('NFD')],
      diacriticsInsensitive: false,
    },
    ordering: {
      type: 'ordering',
      stem: '<p>Sắp xếp các bước họp</p>',
      items: [{ text: 'Khai mạc' }, { text: 'Thảo luận' }, { text: 'Bế mạc' }],
    },
  } as const;

  it('creates a question of every type, assigning option ids and keeping the key', async () => {
    const b = await bank();
    for (const [type, body] of Object.entries(examples)) {
      const response = await create(b.id, body);
      expect({ type, status: response.status }).toEqual({ type, status: 200 });
      expect(response.body.content.type).toBe(type);
    }
    const list = (await t.call<QuestionPage>(routes.listQuestions, { as: trainer, params: { id: b.id } })).body;
    expect(list.total).toBe(5);
    const single = list.items.find((q) => q.content.type === 'single_choice')!;
    expect(single).toMatchObject({ category: 'Pháp luật', tags: ['địa lý', 'cơ bản'], points: 1 });
    if (single.content.type !== 'single_choice') throw new Error('wrong type');
    expect(single.content.options.map((o) => [o.correct, o.feedback])).toEqual([
      [true, 'Đúng vậy'],
      [false, null],
    ]);
    expect(single.content.options.every((o) => /^[0-9a-f-]{36}$/.test(o.id))).toBe(true);
    const short = list.items.find((q) => q.content.type === 'short_text')!;
    // Stored in NFC whatever the author's keyboard sent.
    expect(short.content).toMatchObject({ acceptedAnswers: ['Hà Nội', 'Thủ đô Hà Nội'.normalize('NFC')] });
    const ordering = list.items.find((q) => q.content.type === 'ordering')!;
    expect(ordering.content).toMatchObject({
      items: [{ text: 'Khai mạc' }, { text: 'Thảo luận' }, { text: 'Bế mạc' }],
    });
    const banks = (
      await t.call<QuestionBankList>(routes.listQuestionBanks, { as: trainer, params: { id: b.courseId } })
    ).body;
    expect(banks.items).toEqual([expect.objectContaining({ id: b.id, questionCount: 5 })]);
    expect((await auditOf(single.id)).map((a) => a.action)).toEqual(['question.create']);
  });

  it('sanitises the stem, options and feedback, and records that it did', async () => {
    const b = await bank();
    const response = await create(b.id, {
      type: 'single_choice',
      stem: '<p onclick="steal()">Câu <strong>hỏi</strong><script>alert(1)</script><img src="https://evil.example/x.png"></p>',
      feedback: '<a href="javascript:alert(1)">xem</a>',
      options: [
        { text: '<p>Một<iframe src="https://evil.example"></iframe></p>', correct: true },
        { text: 'Hai', correct: false, feedback: '<em style="color:red">gợi ý</em>' },
      ],
    });
    expect(response.status).toBe(200);
    expect(response.body.stem).toBe('<p>Câu <strong>hỏi</strong></p>');
    expect(response.body.feedback).toBe('<a rel="noopener noreferrer nofollow" target="_blank">xem</a>');
    if (response.body.content.type !== 'single_choice') throw new Error('wrong type');
    expect(response.body.content.options.map((o) => [o.text, o.feedback])).toEqual([
      ['<p>Một</p>', null],
      ['Hai', '<em>gợi ý</em>'],
    ]);
    expect(await auditOf(response.body.id)).toEqual([
      { action: 'question.create', details: expect.objectContaining({ sanitised: true, type: 'single_choice' }) },
    ]);
  });

  it('refuses invalid questions naming the field, writing nothing', async () => {
    const b = await bank();
    const twoCorrect = {
      ...examples.single_choice,
      options: [
        { text: 'A', correct: true },
        { text: 'B', correct: true },
      ],
    };
    expect(await fieldPaths(b.id, twoCorrect)).toEqual(['body.options']);
    expect(
      await fieldPaths(b.id, {
        ...examples.multiple_choice,
        options: [
          { text: 'A', correct: false },
          { text: 'B', correct: false },
        ],
      }),
    ).toEqual(['body.options']);
    expect(await fieldPaths(b.id, { ...examples.ordering, items: [{ text: 'Một mình' }] })).toEqual(['body.items']);
    expect(await fieldPaths(b.id, { ...examples.short_text, acceptedAnswers: [] })).toEqual(['body.acceptedAnswers']);
    expect(await fieldPaths(b.id, { ...examples.true_false, answer: 'yes' })).toEqual(['body.answer']);
    expect(await fieldPaths(b.id, { ...examples.true_false, type: 'essay' })).toEqual(['body.type']);
    expect(await fieldPaths(b.id, { ...examples.true_false, points: 0 })).toEqual(['body.points']);
    expect(await fieldPaths(b.id, { ...examples.true_false, options: [] })).toEqual(['body.options']);
    const sameId = randomUUID();
    expect(
      await fieldPaths(b.id, {
        ...examples.ordering,
        items: [
          { id: sameId, text: 'A' },
          { id: sameId, text: 'B' },
        ],
      }),
    ).toEqual(['body.items.1.id']);
    // Checks made after parsing: what sanitising leaves, and the bank's categories.
    expect(await fieldPaths(b.id, { ...examples.true_false, stem: '<script>alert(1)</script>' })).toEqual([
      'body.stem',
    ]);
    expect(
      await fieldPaths(b.id, {
        ...examples.single_choice,
        options: [
          { text: 'A', correct: true },
          { text: '<iframe></iframe>', correct: false },
        ],
      }),
    ).toEqual(['body.options.1.text']);
    expect(await fieldPaths(b.id, { ...examples.true_false, category: 'Không có' })).toEqual(['body.category']);

    const stored: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM questions WHERE bank_id = $1`, [
      b.id,
    ]);
    expect(stored[0]!.n).toBe(0);
  });

  it('filters by category, tag, type and stem words without diacritics, with paging', async () => {
    const b = await bank();
    for (const body of Object.values(examples)) expect((await create(b.id, body)).status).toBe(200);
    const ids = async (query: Record<string, string | number>) => {
      const page = (await t.call<QuestionPage>(routes.listQuestions, { as: trainer, params: { id: b.id }, query }))
        .body;
      return { total: page.total, types: page.items.map((q) => q.content.type) };
    };
    expect(await ids({ category: 'Pháp luật' })).toEqual({ total: 1, types: ['single_choice'] });
    expect(await ids({ tag: 'an toàn số' })).toEqual({ total: 1, types: ['multiple_choice'] });
    expect(await ids({ type: 'ordering' })).toEqual({ total: 1, types: ['ordering'] });
    expect(await ids({ search: 'thu do' })).toEqual({ total: 2, types: ['single_choice', 'short_text'] });
    expect(await ids({ pageSize: 2, page: 3 })).toEqual({ total: 5, types: ['ordering'] });
    const bad = await t.call<ApiError>(routes.listQuestions, {
      as: trainer,
      params: { id: b.id },
      query: { type: 'essay' },
    });
    expect(bad.body.error.fields?.map((f) => f.path)).toEqual(['query.type']);
  });

  it('replaces a question, keeping the option ids sent back, and audits it', async () => {
    const b = await bank();
    const first = (await create(b.id, examples.multiple_choice)).body;
    if (first.content.type !== 'multiple_choice') throw new Error('wrong type');
    const [keep] = first.content.options;
    const updated = await t.call<QuestionView>(routes.updateQuestion, {
      as: trainer,
      params: { id: first.id },
      body: {
        ...examples.multiple_choice,
        partialCredit: false,
        options: [
          { id: keep!.id, text: 'Chữ hoa và chữ thường', correct: true },
          { text: 'Ký tự đặc biệt', correct: true },
        ],
      },
    });
    expect(updated.status).toBe(200);
    if (updated.body.content.type !== 'multiple_choice') throw new Error('wrong type');
    expect(updated.body.content.partialCredit).toBe(false);
    expect(updated.body.content.options[0]!.id).toBe(keep!.id);
    expect(first.content.options.map((o) => o.id)).not.toContain(updated.body.content.options[1]!.id);

    const retyped = await t.call<QuestionView>(routes.updateQuestion, {
      as: trainer,
      params: { id: first.id },
      body: examples.true_false,
    });
    expect(retyped.body.content).toEqual({
      type: 'true_false',
      answer: false,
      trueFeedback: null,
      falseFeedback: 'Chính xác',
    });
    expect((await auditOf(first.id)).map((a) => a.action)).toEqual([
      'question.create',
      'question.update',
      'question.update',
    ]);
  });

  it('deletes softly: gone from reads and counts, kept in the table', async () => {
    const b = await bank();
    const q = (await create(b.id, examples.true_false)).body;
    expect((await t.call(routes.deleteQuestion, { as: trainer, params: { id: q.id } })).status).toBe(204);
    expect((await t.call(routes.getQuestion, { as: trainer, params: { id: q.id } })).status).toBe(404);
    expect((await t.call(routes.deleteQuestion, { as: trainer, params: { id: q.id } })).status).toBe(404);
    expect(
      (await t.call(routes.updateQuestion, { as: trainer, params: { id: q.id }, body: examples.true_false })).status,
    ).toBe(404);
    const banks = (
      await t.call<QuestionBankList>(routes.listQuestionBanks, { as: trainer, params: { id: b.courseId } })
    ).body;
    expect(banks.items[0]!.questionCount).toBe(0);
    const rows: { deleted: boolean }[] = await t.db.query(
      `SELECT deleted_at IS NOT NULL AS deleted FROM questions WHERE id = $1`,
      [q.id],
    );
    expect(rows).toEqual([{ deleted: true }]);
    expect((await auditOf(q.id)).map((a) => a.action)).toEqual(['question.create', 'question.delete']);
  });

  it('renames banks, refuses a duplicate name and removing a category in use', async () => {
    const b = await bank();
    const other = await t.call<QuestionBankView>(routes.createQuestionBank, {
      as: trainer,
      params: { id: b.courseId },
      body: { name: 'Câu hỏi chương 2' },
    });
    expect(other.status).toBe(200);
    const taken = await t.call<ApiError>(routes.updateQuestionBank, {
      as: trainer,
      params: { id: other.body.id },
      body: { name: 'Câu hỏi chương 1' },
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({ code: 'QUESTION_BANK_NAME_TAKEN', fields: [{ path: 'body.name' }] });

    expect((await create(b.id, examples.single_choice)).status).toBe(200);
    const inUse = await t.call<ApiError>(routes.updateQuestionBank, {
      as: trainer,
      params: { id: b.id },
      body: { categories: ['An toàn'] },
    });
    expect(inUse.status).toBe(409);
    expect(inUse.body.error).toMatchObject({ code: 'QUESTION_CATEGORY_IN_USE', fields: [{ path: 'body.categories' }] });

    const renamed = await t.call<QuestionBankView>(routes.updateQuestionBank, {
      as: trainer,
      params: { id: b.id },
      body: { name: 'Ngân hàng chung', categories: ['Pháp luật', 'Kỹ năng số'] },
    });
    expect(renamed.body).toMatchObject({ name: 'Ngân hàng chung', categories: ['Pháp luật', 'Kỹ năng số'] });
    expect((await auditOf(b.id)).map((a) => a.action)).toEqual(['question-bank.create', 'question-bank.update']);

    const duplicateCategory = await t.call<ApiError>(routes.createQuestionBank, {
      as: trainer,
      params: { id: b.courseId },
      body: { name: 'Câu hỏi chương 3', categories: ['A', 'A'] },
    });
    expect(duplicateCategory.body.error.fields?.map((f) => f.path)).toEqual(['body.categories']);
  });

  /** Reads a template row back into a question's content, independently of the exporter's code. */
  function fromRow(row: Record<string, string>) {
    const list = (cell: string) => (cell === '' ? [] : cell.split('\n'));
    const options: { text: string; feedback: string | null }[] = [];
    for (let i = 1; row[`option_${i}`]; i++) {
      options.push({ text: row[`option_${i}`]!, feedback: row[`option_${i}_feedback`] || null });
    }
    const correct = row['correct']!.split(',');
    const content =
      row['type'] === 'single_choice' || row['type'] === 'multiple_choice'
        ? {
            type: row['type'],
            options: options.map((o, i) => ({ ...o, correct: correct.includes(String(i + 1)) })),
            ...(row['type'] === 'multiple_choice' ? { partialCredit: row['partial_credit'] === 'true' } : {}),
          }
        : row['type'] === 'true_false'
          ? {
              type: row['type'],
              answer: row['correct'] === 'true',
              trueFeedback: row['true_feedback'] || null,
              falseFeedback: row['false_feedback'] || null,
            }
          : row['type'] === 'short_text'
            ? {
                type: row['type'],
                acceptedAnswers: list(row['accepted_answers']!),
                diacriticsInsensitive: row['diacritics_insensitive'] === 'true',
              }
            : { type: row['type'], items: options.map((o) => ({ text: o.text })) };
    return {
      stem: row['stem'],
      points: Number(row['points']),
      feedback: row['feedback'] || null,
      category: row['category'] || null,
      tags: list(row['tags']!),
      content,
    };
  }

  /** The same shape from the API's view, option ids left out (the template has none). */
  function fromView({ id: _id, bankId: _bankId, updatedAt: _updatedAt, content, ...rest }: QuestionView) {
    const withoutIds =
      content.type === 'single_choice' || content.type === 'multiple_choice'
        ? { ...content, options: content.options.map(({ id: _optionId, ...o }) => o) }
        : content.type === 'ordering'
          ? { ...content, items: content.items.map(({ id: _itemId, ...o }) => o) }
          : content;
    return { ...rest, content: withoutIds };
  }

  it('exports a bank as the CSV template that parses back to the same questions', async () => {
    const b = await bank();
    const tricky = {
      type: 'multiple_choice',
      stem: '<p>Chọn "đúng", rồi xuống dòng:</p>\n<p>a; b, c</p>',
      points: 5,
      partialCredit: false,
      feedback: '<p>Xem lại bài 2, mục "An toàn"</p>',
      category: 'An toàn',
      tags: ['có, dấu phẩy', 'có "ngoặc"'],
      options: [
        { text: '<p>Một, hai</p>', correct: true, feedback: '<p>Đúng "vậy"</p>' },
        { text: '<p>Ba</p>', correct: false },
        { text: '<p>Bốn\nnăm</p>', correct: true },
      ],
    };
    const shortText = { ...examples.short_text, diacriticsInsensitive: true, feedback: '<p>Gợi ý: thủ đô</p>' };
    for (const body of [...Object.values(examples), tricky, shortText])
      expect((await create(b.id, body)).status).toBe(200);
    const deleted = (await create(b.id, examples.true_false)).body;
    await t.call(routes.deleteQuestion, { as: trainer, params: { id: deleted.id } });

    const response = await t.call(routes.exportQuestionBank, { as: trainer, params: { id: b.id } });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('Câu hỏi chương 1.csv')}`,
    );
    expect([...response.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const rows: Record<string, string>[] = parse(response.bytes, { bom: true, columns: true });
    const listed = await t.call<QuestionPage>(routes.listQuestions, {
      as: trainer,
      params: { id: b.id },
      query: { pageSize: 100 },
    });
    expect(new Set(rows.map((r) => r['type']))).toEqual(
      new Set(['single_choice', 'multiple_choice', 'true_false', 'short_text', 'ordering']),
    );
    expect(rows.map(fromRow)).toEqual(listed.body.items.map(fromView));
  });

  it('names the export file safely and exports an empty bank as the header row alone', async () => {
    const { courseId } = await fx.course(commune);
    const created = await t.call<QuestionBankView>(routes.createQuestionBank, {
      as: trainer,
      params: { id: courseId },
      body: { name: '../Đề "thi": cuối/kỳ?' },
    });
    const response = await t.call(routes.exportQuestionBank, { as: trainer, params: { id: created.body.id } });
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('Đề thi cuối kỳ.csv')}`,
    );
    const records: string[][] = parse(response.bytes, { bom: true });
    expect(records).toHaveLength(1);
    expect(records[0]!.slice(0, 5)).toEqual(['type', 'category', 'tags', 'points', 'stem']);
  });

  it('refuses a tag or accepted answer on more than one line, since the template puts one per line', async () => {
    const b = await bank();
    expect(await fieldPaths(b.id, { ...examples.true_false, tags: ['một\nhai'] })).toEqual(['body.tags.0']);
    expect(await fieldPaths(b.id, { ...examples.short_text, acceptedAnswers: ['Hà\r\nNội'] })).toEqual([
      'body.acceptedAnswers.0',
    ]);
  });

  it('keeps banks to the authors of the course: out of scope 404, trainee and reviewer 403, anonymous 401', async () => {
    const b = await bank();
    const q = (await create(b.id, examples.true_false)).body;
    const otherProvince = await fx.unit(null, 'province', 'Tỉnh khác');
    const outsider = await t.signIn((await fx.user(otherProvince, 'trainer')).email);
    const trainee = await t.signIn((await fx.user(commune, 'trainee')).email);
    const reviewer = await t.signIn('reviewer@example.org');

    for (const [as, status] of [
      [outsider, 404],
      [trainee, 403],
      [reviewer, 403],
      [null, 401],
    ] as const) {
      expect((await t.call(routes.listQuestionBanks, { as, params: { id: b.courseId } })).status).toBe(status);
      expect((await t.call(routes.listQuestions, { as, params: { id: b.id } })).status).toBe(status);
      expect((await t.call(routes.exportQuestionBank, { as, params: { id: b.id } })).status).toBe(status);
      expect((await t.call(routes.getQuestion, { as, params: { id: q.id } })).status).toBe(status);
      expect((await create(b.id, examples.true_false, as)).status).toBe(status);
      expect((await t.call(routes.deleteQuestion, { as, params: { id: q.id } })).status).toBe(status);
    }
    expect((await t.call(routes.getQuestion, { as: trainer, params: { id: q.id } })).status).toBe(200);
  });

  it('seeds one Vietnamese bank per programme, five questions per module, that authors can filter', async () => {
    const course = SEED_COURSES.find((c) => c.key === DEMO_COURSES.grassrootsLeaderSkills.key)!;
    const banks = (
      await t.call<QuestionBankList>(routes.listQuestionBanks, {
        as: trainer,
        params: { id: DEMO_COURSES.grassrootsLeaderSkills.id },
      })
    ).body;
    expect(banks.items).toEqual([
      expect.objectContaining({
        id: demoQuestionBankId(course.key),
        categories: course.modules.map((m) => m.titleVi),
        questionCount: course.modules.length * 5,
      }),
    ]);
    const firstModule = await t.call<QuestionPage>(routes.listQuestions, {
      as: trainer,
      params: { id: demoQuestionBankId(course.key) },
      query: { category: course.modules[0]!.titleVi },
    });
    expect(firstModule.status).toBe(200);
    expect(firstModule.body.total).toBe(5);
    expect(new Set(firstModule.body.items.map((q) => q.content.type)).size).toBe(5);
  });
});
