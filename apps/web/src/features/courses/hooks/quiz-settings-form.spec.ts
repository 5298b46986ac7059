import { beforeAll, describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';
import { QuizSettingsBody, type QuestionBankView, type QuizSettingsView } from '@sen/contracts';
import { ApiRequestError } from '../../../app/api/api-request-error';
import { translatorFor } from '../../../i18n/testing';
import {
  drawTotal,
  fixedRow,
  fromVietnamLocal,
  keyNeverShown,
  newQuizSettingsValues,
  quizSettingsBody,
  quizSettingsServerErrors,
  quizSettingsValidator,
  quizSettingsValues,
  randomRow,
  toVietnamLocal,
  type QuizSettingsValues,
} from './quiz-settings-form';

const BANK = '0b7c3b5e-3d0a-4c57-9a57-5a8f1f0c2f11';
const Q1 = '5f0c1f8e-4b7a-4a44-8f5e-0e7f6e1f3a21';
const Q2 = '7d2e9c40-1c1b-4d6f-9a3e-2b8f4c5d6e72';

let en: TFunction;
let vi: TFunction;
beforeAll(async () => {
  en = await translatorFor('en');
  vi = await translatorFor('vi');
});

function bank(id: string): QuestionBankView {
  return { id, courseId: BANK, name: 'Ngân hàng', categories: ['Chương 1'], questionCount: 10, updatedAt: '' };
}

const view: QuizSettingsView = {
  id: '9a4f1c2e-1111-4c57-9a57-5a8f1f0c2f11',
  kind: 'step',
  courseId: BANK,
  lessonId: Q1,
  bankId: BANK,
  draw: [
    { kind: 'random', category: 'Chương 1', count: 5 },
    { kind: 'fixed', questionId: Q2 },
    { kind: 'random', category: null, count: 2 },
  ],
  shuffleQuestions: false,
  shuffleOptions: true,
  passMark: 80,
  maxAttempts: null,
  timeLimitMinutes: 15,
  opensAt: '2026-12-01T01:00:00.000Z',
  closesAt: null,
  review: 'correct_answers',
  questionCount: 8,
  updatedAt: '2026-11-20T00:00:00.000Z',
};

const values = (overrides: Partial<QuizSettingsValues>): QuizSettingsValues => ({
  ...quizSettingsValues(view),
  ...overrides,
});

describe('Vietnam time in datetime inputs', () => {
  it('shows an instant as the wall clock in Vietnam (UTC+7), whatever the browser’s zone', () => {
    expect(toVietnamLocal('2026-12-01T01:00:00.000Z')).toBe('2026-12-01T08:00');
    expect(toVietnamLocal('2026-12-31T20:30:00Z')).toBe('2027-01-01T03:30');
    expect(toVietnamLocal(null)).toBe('');
  });

  it('reads a picked minute as Vietnam time; empty is none; anything else is left for the schema', () => {
    expect(fromVietnamLocal('2026-12-01T08:00')).toBe('2026-12-01T08:00:00+07:00');
    expect(new Date(fromVietnamLocal('2026-12-01T08:00')!).toISOString()).toBe('2026-12-01T01:00:00.000Z');
    expect(fromVietnamLocal('  ')).toBeNull();
    expect(fromVietnamLocal('01/12/2026')).toBe('01/12/2026');
  });
});

describe('form values ↔ QuizSettingsBody', () => {
  it('round-trips stored rules through the form into the same request', () => {
    const body = QuizSettingsBody.parse(quizSettingsBody(quizSettingsValues(view)));
    const { id: _id, kind: _kind, courseId: _c, lessonId: _l, questionCount: _q, updatedAt: _u, ...rules } = view;
    expect(body).toEqual({ ...rules, opensAt: '2026-12-01T08:00:00+07:00' });
    expect(Date.parse(body.opensAt!)).toBe(Date.parse(view.opensAt!));
  });

  it('sends null for unlimited attempts and no time limit, and the numbers otherwise', () => {
    const unlimited = quizSettingsBody(values({ unlimitedAttempts: true, maxAttempts: 3, untimed: true }));
    expect([unlimited.maxAttempts, unlimited.timeLimitMinutes]).toEqual([null, null]);
    const limited = quizSettingsBody(values({ unlimitedAttempts: false, maxAttempts: 3, untimed: false }));
    expect([limited.maxAttempts, limited.timeLimitMinutes]).toEqual([3, 15]);
  });

  it('starts a new quiz on the course’s only bank with 5 random questions and the usual rules', () => {
    const fresh = newQuizSettingsValues([bank(BANK)]);
    expect(fresh).toMatchObject({ bankId: BANK, passMark: 80, maxAttempts: 2, untimed: true, review: 'answers' });
    expect(fresh.draw).toEqual([expect.objectContaining({ kind: 'random', category: null, count: 5 })]);
    expect(newQuizSettingsValues([bank(BANK), bank(Q1)]).bankId).toBe('');
    expect(QuizSettingsBody.safeParse(quizSettingsBody(fresh)).success).toBe(true);
  });

  it('counts the questions an attempt draws, ignoring counts not filled in yet', () => {
    expect(drawTotal(quizSettingsValues(view).draw)).toBe(8);
    expect(drawTotal([randomRow(null, ''), fixedRow(), randomRow('Chương 1', 4)])).toBe(5);
    expect(drawTotal([])).toBe(0);
  });

  it('warns when the correct answers could never be shown', () => {
    expect(keyNeverShown(values({ unlimitedAttempts: true, closesAt: '' }))).toBe(true);
    expect(keyNeverShown(values({ unlimitedAttempts: true, closesAt: '2027-01-01T00:00' }))).toBe(false);
    expect(keyNeverShown(values({ unlimitedAttempts: false }))).toBe(false);
    expect(keyNeverShown(values({ unlimitedAttempts: true, review: 'answers' }))).toBe(false);
  });
});

describe('quizSettingsValidator', () => {
  it('accepts stored rules', () => {
    expect(quizSettingsValidator(en)(quizSettingsValues(view))).toEqual({});
  });

  it('asks for what is missing at its field, an empty number being missing rather than the default', () => {
    const errors = quizSettingsValidator(vi)(
      values({
        bankId: '',
        passMark: '',
        draw: [randomRow(null, ''), fixedRow()],
        untimed: false,
        timeLimitMinutes: '',
      }),
    );
    expect(errors).toEqual({
      bankId: 'Vui lòng chọn',
      passMark: 'Vui lòng nhập thông tin này',
      'draw.0.count': 'Vui lòng nhập thông tin này',
      'draw.1.questionId': 'Vui lòng chọn',
      timeLimitMinutes: 'Vui lòng nhập thông tin này',
    });
  });

  it('explains the draw’s own problems and the order of the dates in words', () => {
    const validate = quizSettingsValidator(en);
    expect(validate(values({ draw: [fixedRow(Q1), fixedRow(Q1)] })).draw).toBe(
      'Each given question can be chosen only once',
    );
    expect(validate(values({ draw: [randomRow(null, 60), randomRow('Chương 1', 41)] })).draw).toBe(
      'An attempt draws at most 100 questions',
    );
    expect(validate(values({ draw: [] })).draw).toBe('At least one line is needed');
    expect(validate(values({ opensAt: '2026-12-02T08:00', closesAt: '2026-12-01T08:00' })).closesAt).toBe(
      'The closing time must be after the opening time',
    );
    expect(validate(values({ passMark: 120 })).passMark).toBe('The largest value is 100');
  });
});

describe('quizSettingsServerErrors', () => {
  it('puts the server’s refusals at the fields of the form, in words', () => {
    const error = new ApiRequestError(400, 'VALIDATION_FAILED', 'invalid', undefined, [
      { path: 'body.draw.1.category', code: 'VALIDATION_FAILED', message: 'Not a category of this bank' },
      { path: 'body.draw.0.questionId', code: 'VALIDATION_FAILED', message: 'Not a question of this bank' },
    ]);
    expect(quizSettingsServerErrors(error, vi)).toEqual({
      'draw.1.category': 'Ngân hàng không có chủ đề này',
      'draw.0.questionId': 'Câu hỏi này không còn trong ngân hàng',
    });
    const bankError = new ApiRequestError(400, 'VALIDATION_FAILED', 'invalid', undefined, [
      { path: 'body.bankId', code: 'VALIDATION_FAILED', message: 'Not a question bank of this course' },
    ]);
    expect(quizSettingsServerErrors(bankError, en)).toEqual({
      bankId: 'This question bank does not belong to the course',
    });
  });

  it('shows a bank too small for the draw at the draw', () => {
    const error = new ApiRequestError(422, 'QUIZ_DRAW_UNAVAILABLE', 'short', undefined, [
      { path: 'body.draw', code: 'QUIZ_DRAW_UNAVAILABLE', message: 'The bank lacks 2 question(s)' },
    ]);
    expect(quizSettingsServerErrors(error, vi)).toEqual({ draw: 'Ngân hàng không đủ câu hỏi cho cách rút câu này.' });
  });
});
