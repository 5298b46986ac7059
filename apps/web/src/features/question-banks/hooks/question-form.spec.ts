import { beforeAll, describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';
import { QuestionBody, type QuestionContent, type QuestionView } from '@sen/contracts';
import { translatorFor } from '../../../i18n/testing';
import {
  isBlankHtml,
  markCorrect,
  newQuestionValues,
  orderByKeys,
  plainText,
  questionBody,
  questionValues,
  validateQuestion,
  type OptionValues,
  type QuestionValues,
} from './question-form';

const IDS = [
  '0b7c3b5e-3d0a-4c57-9a57-5a8f1f0c2f11',
  '5f0c1f8e-4b7a-4a44-8f5e-0e7f6e1f3a21',
  '7d2e9c40-1c1b-4d6f-9a3e-2b8f4c5d6e72',
] as const;

let vi: TFunction;
beforeAll(async () => {
  vi = await translatorFor('vi');
});

function stored(content: QuestionContent, overrides: Partial<QuestionView> = {}): QuestionView {
  return {
    id: 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b',
    bankId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
    stem: '<p>Hội LHPN Việt Nam thành lập năm nào?</p>',
    points: 2,
    feedback: null,
    category: 'Lịch sử Hội',
    tags: ['lịch sử'],
    content,
    updatedAt: '2026-11-20T08:00:00.000Z',
    ...overrides,
  };
}

const option = (overrides: Partial<OptionValues>): OptionValues => ({
  key: 'k',
  text: '<p>x</p>',
  correct: false,
  feedback: '',
  ...overrides,
});

describe('plainText and isBlankHtml', () => {
  it('reads the words of rich text, entities decoded and spaces collapsed', () => {
    expect(plainText('<p>Hà&nbsp;Nội &amp; <strong>Nam   Định</strong></p>')).toBe('Hà Nội & Nam Định');
  });

  it("treats the editor's empty paragraph as blank, but not a picture alone", () => {
    expect(isBlankHtml('<p></p>')).toBe(true);
    expect(isBlankHtml('<p> </p><p><br></p>')).toBe(true);
    expect(isBlankHtml('<p><img src="/api/v1/files/x/w960" alt="so do"></p>')).toBe(false);
  });
});

describe('questionValues ↔ questionBody', () => {
  it('keeps a single-choice question and its option ids as stored', () => {
    const question = stored({
      type: 'single_choice',
      options: [
        { id: IDS[0], text: '<p>1930</p>', correct: true, feedback: '<p>Ngày 20/10/1930.</p>' },
        { id: IDS[1], text: '<p>1945</p>', correct: false, feedback: null },
      ],
    });
    expect(questionBody(questionValues(question))).toEqual({
      type: 'single_choice',
      stem: question.stem,
      points: 2,
      feedback: null,
      category: 'Lịch sử Hội',
      tags: ['lịch sử'],
      options: [
        { id: IDS[0], text: '<p>1930</p>', correct: true, feedback: '<p>Ngày 20/10/1930.</p>' },
        { id: IDS[1], text: '<p>1945</p>', correct: false, feedback: null },
      ],
    });
  });

  it('keeps the partial-credit choice of a multiple-choice question', () => {
    const question = stored({
      type: 'multiple_choice',
      partialCredit: false,
      options: [
        { id: IDS[0], text: '<p>Zalo</p>', correct: true, feedback: null },
        { id: IDS[1], text: '<p>Thư điện tử</p>', correct: true, feedback: null },
        { id: IDS[2], text: '<p>Fax</p>', correct: false, feedback: null },
      ],
    });
    const body = questionBody(questionValues(question));
    expect(body).toMatchObject({ type: 'multiple_choice', partialCredit: false });
    expect(QuestionBody.parse(body)).toMatchObject({ partialCredit: false, options: [{ id: IDS[0] }, {}, {}] });
  });

  it('keeps the answer and the feedback for each answer of a true/false question', () => {
    const question = stored({
      type: 'true_false',
      answer: false,
      trueFeedback: '<p>Chưa đúng.</p>',
      falseFeedback: null,
    });
    expect(questionBody(questionValues(question))).toMatchObject({
      type: 'true_false',
      answer: false,
      trueFeedback: '<p>Chưa đúng.</p>',
      falseFeedback: null,
    });
  });

  it('keeps the accepted answers and the diacritics choice of a short-text question', () => {
    const question = stored({ type: 'short_text', acceptedAnswers: ['Hà Nội', 'Thủ đô'], diacriticsInsensitive: true });
    const body = questionBody(questionValues(question));
    expect(body).toMatchObject({
      type: 'short_text',
      acceptedAnswers: ['Hà Nội', 'Thủ đô'],
      diacriticsInsensitive: true,
    });
    expect(body).not.toHaveProperty('options');
  });

  it('sends the items of an ordering question in the order of the form', () => {
    const question = stored({
      type: 'ordering',
      items: [
        { id: IDS[0], text: '<p>Chuẩn bị</p>' },
        { id: IDS[1], text: '<p>Họp</p>' },
        { id: IDS[2], text: '<p>Biên bản</p>' },
      ],
    });
    const values = questionValues(question);
    const moved = { ...values, items: orderByKeys(values.items, [IDS[2], IDS[0], IDS[1]]) };
    expect(questionBody(moved)).toMatchObject({
      type: 'ordering',
      items: [
        { id: IDS[2], text: '<p>Biên bản</p>' },
        { id: IDS[0], text: '<p>Chuẩn bị</p>' },
        { id: IDS[1], text: '<p>Họp</p>' },
      ],
    });
  });

  it('sends new options without ids, blank feedback as none and no category as null', () => {
    const values: QuestionValues = {
      ...newQuestionValues('single_choice'),
      stem: '<p>Câu hỏi</p>',
      feedback: '<p></p>',
      options: [
        option({ key: 'a', text: '<p>A</p>', correct: true, feedback: '<p></p>' }),
        option({ key: 'b', text: '<p>B</p>' }),
      ],
    };
    const body = questionBody(values);
    expect(body).toMatchObject({ feedback: null, category: null, points: 1 });
    expect(body).toHaveProperty('options', [
      { text: '<p>A</p>', correct: true, feedback: null },
      { text: '<p>B</p>', correct: false, feedback: null },
    ]);
    expect(QuestionBody.safeParse(body).success).toBe(true);
  });

  it("keeps the other types' parts while the type changes back and forth", () => {
    const question = stored({
      type: 'single_choice',
      options: [
        { id: IDS[0], text: '<p>A</p>', correct: true, feedback: null },
        { id: IDS[1], text: '<p>B</p>', correct: false, feedback: null },
      ],
    });
    const values = questionValues(question);
    const asShortText = questionBody({ ...values, type: 'short_text', acceptedAnswers: ['A'] });
    expect(asShortText).toMatchObject({ type: 'short_text', acceptedAnswers: ['A'] });
    expect(questionBody({ ...values, type: 'multiple_choice' })).toMatchObject({
      type: 'multiple_choice',
      options: [{ id: IDS[0] }, { id: IDS[1] }],
      partialCredit: true,
    });
  });
});

describe('markCorrect', () => {
  const options = [option({ key: 'a', correct: true }), option({ key: 'b' }), option({ key: 'c' })];

  it('moves the only correct mark of a single-choice question', () => {
    expect(markCorrect(options, 2, 'single_choice', true).map((o) => o.correct)).toEqual([false, false, true]);
  });

  it('toggles one mark of a multiple-choice question', () => {
    expect(markCorrect(options, 1, 'multiple_choice', true).map((o) => o.correct)).toEqual([true, true, false]);
    expect(markCorrect(options, 0, 'multiple_choice', false).map((o) => o.correct)).toEqual([false, false, false]);
  });
});

describe('orderByKeys', () => {
  it('puts rows in the given order, rows not named last', () => {
    const rows = [{ key: 'a' }, { key: 'b' }, { key: 'c' }];
    expect(orderByKeys(rows, ['c', 'a']).map((row) => row.key)).toEqual(['c', 'a', 'b']);
  });
});

describe('validateQuestion', () => {
  it('names an empty stem and an empty option as missing, in Vietnamese', () => {
    const values = newQuestionValues('single_choice');
    const errors = validateQuestion({ ...values, stem: '<p></p>' }, vi);
    expect(errors['stem']).toBe('Vui lòng nhập thông tin này');
    expect(errors['options.0.text']).toBe('Vui lòng nhập thông tin này');
  });

  it('asks for exactly one correct option in single choice and at least one in multiple choice', () => {
    const values: QuestionValues = {
      ...newQuestionValues('single_choice'),
      stem: '<p>Câu hỏi</p>',
      options: [option({ key: 'a', correct: true }), option({ key: 'b', correct: true })],
    };
    expect(validateQuestion(values, vi)['options']).toBe('Hãy đánh dấu đúng một phương án đúng');
    const none = { ...values, type: 'multiple_choice' as const, options: [option({ key: 'a' }), option({ key: 'b' })] };
    expect(validateQuestion(none, vi)['options']).toBe('Hãy đánh dấu ít nhất một phương án đúng');
    expect(validateQuestion({ ...none, options: values.options }, vi)).toEqual({});
  });

  it('refuses a repeated accepted answer and an empty one', () => {
    const values: QuestionValues = {
      ...newQuestionValues('short_text'),
      stem: '<p>Thủ đô?</p>',
      acceptedAnswers: ['Hà Nội', 'Hà Nội'],
    };
    expect(validateQuestion(values, vi)['acceptedAnswers']).toBe('Mỗi đáp án chỉ nhập một lần');
    expect(validateQuestion({ ...values, acceptedAnswers: ['Hà Nội', ' '] }, vi)['acceptedAnswers.1']).toBe(
      'Vui lòng nhập thông tin này',
    );
  });

  it('asks for points when the input was emptied rather than saving the default', () => {
    const values: QuestionValues = { ...newQuestionValues('true_false'), stem: '<p>Đúng không?</p>', points: '' };
    expect(validateQuestion(values, vi)).toEqual({ points: 'Vui lòng nhập thông tin này' });
    expect(validateQuestion({ ...values, points: 101 }, vi)['points']).toBe('Giá trị lớn nhất là 100');
  });

  it('needs two items to order', () => {
    const values: QuestionValues = {
      ...newQuestionValues('ordering'),
      stem: '<p>Sắp xếp</p>',
      items: [{ key: 'a', text: '<p>Một</p>' }],
    };
    expect(validateQuestion(values, vi)['items']).toBe('Cần ít nhất 2 mục');
  });
});
