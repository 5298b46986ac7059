import { describe, expect, it } from '@jest/globals';
import type { AttemptQuestionView } from '@sen/contracts';
import { fitsQuestion, mergeAnswers, serverAnswers } from './revision-merge';

const SINGLE = '00000000-0000-4000-8000-000000000001';
const ORDER = '00000000-0000-4000-8000-000000000002';
const TEXT = '00000000-0000-4000-8000-000000000003';
const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

const questions: AttemptQuestionView['question'][] = [
  {
    id: SINGLE,
    type: 'single_choice',
    stem: 's',
    points: 1,
    options: [
      { id: A, text: 'A' },
      { id: B, text: 'B' },
    ],
  },
  {
    id: ORDER,
    type: 'ordering',
    stem: 'o',
    points: 1,
    options: [
      { id: A, text: 'A' },
      { id: B, text: 'B' },
    ],
  },
  { id: TEXT, type: 'short_text', stem: 't', points: 1 },
];

describe('mergeAnswers', () => {
  const server = { revision: 4, answers: { [SINGLE]: { type: 'single_choice' as const, optionId: A } } };

  it('keeps the server copy when the phone has nothing newer', () => {
    expect(mergeAnswers(server, null, questions)).toEqual({ state: server, resend: false });
    const older = { revision: 4, answers: { [SINGLE]: { type: 'single_choice', optionId: B } } };
    expect(mergeAnswers(server, older, questions)).toEqual({ state: server, resend: false });
  });

  it('takes the phone copy when its revision is higher, to be sent again', () => {
    const local = {
      revision: 6,
      answers: { [SINGLE]: { type: 'single_choice', optionId: B }, [TEXT]: { type: 'short_text', text: 'Hà Nội' } },
    };
    expect(mergeAnswers(server, local, questions)).toEqual({
      state: { revision: 6, answers: local.answers },
      resend: true,
    });
  });

  it('drops kept answers that no longer fit a question of the attempt', () => {
    const local = {
      revision: 9,
      answers: {
        [SINGLE]: { type: 'short_text', text: 'wrong type' },
        [ORDER]: { type: 'ordering', itemIds: [B, A] },
        '00000000-0000-4000-8000-0000000000ff': { type: 'true_false', answer: true },
      },
    };
    expect(mergeAnswers(server, local, questions).state).toEqual({
      revision: 9,
      answers: { [ORDER]: { type: 'ordering', itemIds: [B, A] } },
    });
  });
});

describe('fitsQuestion', () => {
  it('accepts only ids the question offers, each once', () => {
    const [single, order] = questions;
    expect(fitsQuestion(single, { type: 'single_choice', optionId: A })).toBe(true);
    expect(fitsQuestion(single, { type: 'single_choice', optionId: TEXT })).toBe(false);
    expect(fitsQuestion(order, { type: 'ordering', itemIds: [A, A] })).toBe(false);
    expect(fitsQuestion(order, { type: 'ordering', itemIds: 'AB' })).toBe(false);
    expect(fitsQuestion(questions[2], { type: 'short_text', text: 'x'.repeat(501) })).toBe(false);
    expect(fitsQuestion(questions[2], null)).toBe(false);
  });
});

describe('serverAnswers', () => {
  it('maps the saved answers by question, leaving out unanswered ones', () => {
    const views: AttemptQuestionView[] = questions.map((question, position) => ({
      position,
      question,
      answer: question.id === TEXT ? { type: 'short_text', text: 'x' } : null,
      grade: null,
      key: null,
      feedback: [],
    }));
    expect(serverAnswers(views)).toEqual({ [TEXT]: { type: 'short_text', text: 'x' } });
  });
});
