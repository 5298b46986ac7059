import { QUESTION_TYPES, QuestionBody } from '@sen/contracts';
import { prepareQuestion } from '../../../../features/quizzes/question-input';
import { questionBankRows } from '../../seed-questions';
import { SEED_COURSES } from '../index';
import { SEED_QUESTION_BANKS, type SeedQuestion } from './index';

const QUESTIONS_PER_MODULE = 5;
const VIETNAMESE_DIACRITIC = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
/** Markup or entities: the seed writes plain text, which the lesson sanitiser must leave untouched. */
const MARKUP = /[<>]|&[a-z#0-9]+;/i;

const allQuestions: [string, string, SeedQuestion][] = SEED_QUESTION_BANKS.flatMap((bank) =>
  bank.modules.flatMap((m) =>
    m.questions.map((q): [string, string, SeedQuestion] => [
      `${bank.courseKey}/${m.moduleKey}/${q.key}`,
      m.moduleKey,
      q,
    ]),
  ),
);

function categoryOf(courseKey: string, moduleKey: string): string | undefined {
  return SEED_COURSES.find((c) => c.key === courseKey)?.modules.find((m) => m.key === moduleKey)?.titleVi;
}

function textsOf(q: SeedQuestion): string[] {
  const texts = [q.stem, q.feedback];
  if (q.type === 'single_choice' || q.type === 'multiple_choice') {
    q.options.forEach((o) => texts.push(o.text, ...(o.feedback ? [o.feedback] : [])));
  }
  if (q.type === 'ordering') q.items.forEach((i) => texts.push(i.text));
  if (q.type === 'short_text') texts.push(...q.acceptedAnswers);
  return texts;
}

describe('seeded question banks', () => {
  it('has one bank per programme course, covering every module with five questions', () => {
    expect(SEED_QUESTION_BANKS.map((b) => b.courseKey)).toEqual(SEED_COURSES.map((c) => c.key));
    for (const course of SEED_COURSES) {
      const bank = SEED_QUESTION_BANKS.find((b) => b.courseKey === course.key)!;
      expect(bank.modules.map((m) => m.moduleKey)).toEqual(course.modules.map((m) => m.key));
      for (const m of bank.modules) expect(m.questions).toHaveLength(QUESTIONS_PER_MODULE);
    }
  });

  it('mixes every question type in each bank', () => {
    for (const bank of SEED_QUESTION_BANKS) {
      const types = new Set(bank.modules.flatMap((m) => m.questions.map((q) => q.type)));
      expect([...types].sort()).toEqual([...QUESTION_TYPES].sort());
    }
  });

  it('gives each question a unique key within its module', () => {
    const keys = allQuestions.map(([path]) => path);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(allQuestions)('%s parses with the contract schema, its category being its module', (path, moduleKey, q) => {
    const courseKey = path.split('/')[0]!;
    const category = categoryOf(courseKey, moduleKey);
    expect(category).toBeDefined();
    const { key: _key, ...input } = q;
    const parsed = QuestionBody.safeParse({ ...input, category });
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it.each(allQuestions)('%s is plain Vietnamese text the sanitiser keeps as written', (_path, _module, q) => {
    for (const text of textsOf(q)) expect(text).not.toMatch(MARKUP);
    expect(q.stem).toMatch(VIETNAMESE_DIACRITIC);
    expect(q.feedback.trim().length).toBeGreaterThan(20);
    const { key: _key, ...input } = q;
    const body = QuestionBody.parse(input);
    expect(prepareQuestion(body, []).sanitised).toBe(false);
  });

  it.each(allQuestions)('%s has a sound answer key', (_path, _module, q) => {
    switch (q.type) {
      case 'single_choice':
        expect(q.options.filter((o) => o.correct)).toHaveLength(1);
        break;
      case 'multiple_choice':
        // At least one wrong option, or choosing everything would always score.
        expect(q.options.some((o) => o.correct)).toBe(true);
        expect(q.options.some((o) => !o.correct)).toBe(true);
        break;
      case 'short_text':
        expect(q.acceptedAnswers.length).toBeGreaterThan(0);
        break;
      case 'ordering':
        expect(q.items.length).toBeGreaterThanOrEqual(3);
        break;
      case 'true_false':
        expect(typeof q.answer).toBe('boolean');
        break;
    }
  });

  it('maps onto rows with stable ids, every category a module of the course', () => {
    const first = questionBankRows();
    const second = questionBankRows();
    expect(second).toEqual(first);
    expect(first.banks).toHaveLength(SEED_COURSES.length);
    expect(first.questions).toHaveLength(allQuestions.length);
    for (const bank of first.banks) {
      for (const q of first.questions.filter((x) => x.bankId === bank.id))
        expect(bank.categories).toContain(q.category);
    }
    const optionIds = first.questions.flatMap((q) =>
      q.content.type === 'single_choice' || q.content.type === 'multiple_choice'
        ? q.content.options.map((o) => o.id)
        : q.content.type === 'ordering'
          ? q.content.items.map((i) => i.id)
          : [],
    );
    expect(new Set(optionIds).size).toBe(optionIds.length);
  });

  it('refuses a question whose module is not in the course', () => {
    const [bank] = SEED_QUESTION_BANKS;
    const broken = { ...bank!, modules: [{ moduleKey: 'no-such-module', questions: [] }] };
    expect(() => questionBankRows([broken])).toThrow(/unknown module/);
  });
});
