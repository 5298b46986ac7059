import { describe, expect, it } from '@jest/globals';
import type { AttemptQuestionView } from '@sen/contracts';
import { answerReducer, choiceAnswer, moveItem, shownOrder, unansweredNumbers, type AnswerState } from './answer-state';

const Q1 = '00000000-0000-4000-8000-000000000001';
const Q2 = '00000000-0000-4000-8000-000000000002';
const Q3 = '00000000-0000-4000-8000-000000000003';
const empty: AnswerState = { answers: {}, revision: 0 };

function question(id: string, options: string[] = []): AttemptQuestionView['question'] {
  return { id, type: 'ordering', stem: '<p>?</p>', points: 1, options: options.map((o) => ({ id: o, text: o })) };
}

describe('answerReducer', () => {
  it('raises the revision by one for every change', () => {
    const one = answerReducer(empty, { type: 'answer', questionId: Q1, answer: { type: 'true_false', answer: true } });
    const two = answerReducer(one, { type: 'answer', questionId: Q2, answer: { type: 'short_text', text: 'Hà Nội' } });
    expect(one.revision).toBe(1);
    expect(two).toEqual({
      revision: 2,
      answers: { [Q1]: { type: 'true_false', answer: true }, [Q2]: { type: 'short_text', text: 'Hà Nội' } },
    });
  });

  it('keeps the same state (and revision) when the answer does not change', () => {
    const one = answerReducer(empty, { type: 'answer', questionId: Q1, answer: { type: 'true_false', answer: false } });
    expect(answerReducer(one, { type: 'answer', questionId: Q1, answer: { type: 'true_false', answer: false } })).toBe(
      one,
    );
    expect(answerReducer(empty, { type: 'answer', questionId: Q1, answer: null })).toBe(empty);
  });

  it('treats a blank text or no box ticked as unanswered', () => {
    const typed = answerReducer(empty, { type: 'answer', questionId: Q1, answer: { type: 'short_text', text: 'a' } });
    const erased = answerReducer(typed, { type: 'answer', questionId: Q1, answer: { type: 'short_text', text: '  ' } });
    expect(erased).toEqual({ answers: {}, revision: 2 });
    const none = answerReducer(empty, {
      type: 'answer',
      questionId: Q2,
      answer: { type: 'multiple_choice', optionIds: [] },
    });
    expect(none).toBe(empty);
  });

  it('rebases above a revision the server already holds, and never goes back', () => {
    const state: AnswerState = { answers: {}, revision: 3 };
    expect(answerReducer(state, { type: 'rebase', above: 7 }).revision).toBe(8);
    expect(answerReducer(state, { type: 'rebase', above: 2 })).toBe(state);
  });
});

describe('answer helpers', () => {
  it('keeps ticked options in the order they are shown', () => {
    expect(choiceAnswer(['c', 'a'], ['a', 'b', 'c'])).toEqual({ type: 'multiple_choice', optionIds: ['a', 'c'] });
  });

  it('moves an item one place, and nothing past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('shows her order, completed by items her answer lacks, or the dealt order', () => {
    const q = question(Q1, ['a', 'b', 'c']);
    expect(shownOrder(q, undefined)).toEqual(['a', 'b', 'c']);
    expect(shownOrder(q, { type: 'ordering', itemIds: ['c', 'a'] })).toEqual(['c', 'a', 'b']);
    expect(shownOrder(q, { type: 'ordering', itemIds: ['x', 'b'] })).toEqual(['b', 'a', 'c']);
  });

  it('lists the unanswered questions by their shown number', () => {
    const questions = [Q1, Q2, Q3].map((id) => ({ question: question(id) }));
    expect(unansweredNumbers(questions, { [Q2]: { type: 'true_false', answer: true } })).toEqual([1, 3]);
    expect(unansweredNumbers(questions, {})).toEqual([1, 2, 3]);
  });
});
