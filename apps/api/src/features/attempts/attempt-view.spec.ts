import { QUESTION_TYPES, type QuestionAnswer, type QuestionContent, type QuestionType } from '@sen/contracts';
import { randomUUID } from 'node:crypto';
import { attemptQuestionView, reviewLevel, type AttemptQuestion } from './attempt-view';

/** Values only the key holds: finding one in a view before the key may be shown is a leak. */
const SECRET = 'BÍ-MẬT';
const option = (text: string, correct: boolean) => ({ id: randomUUID(), text, correct, feedback: `${SECRET} ${text}` });
const items = ['Khai mạc', 'Báo cáo', 'Thảo luận'].map((text) => ({ id: randomUUID(), text }));

const contents: Record<QuestionType, QuestionContent> = {
  single_choice: { type: 'single_choice', options: [option('Một', true), option('Hai', false)] },
  multiple_choice: {
    type: 'multiple_choice',
    partialCredit: true,
    options: [option('Ba', true), option('Bốn', false)],
  },
  true_false: { type: 'true_false', answer: false, trueFeedback: `${SECRET} t`, falseFeedback: `${SECRET} f` },
  short_text: { type: 'short_text', acceptedAnswers: [`${SECRET} Hà Nội`], diacriticsInsensitive: false },
  ordering: { type: 'ordering', items },
};

const answers: Record<QuestionType, QuestionAnswer> = {
  single_choice: { type: 'single_choice', optionId: randomUUID() },
  multiple_choice: { type: 'multiple_choice', optionIds: [] },
  true_false: { type: 'true_false', answer: true },
  short_text: { type: 'short_text', text: 'Huế' },
  ordering: { type: 'ordering', itemIds: [] },
};

function drawn(content: QuestionContent, order: string[] = []): AttemptQuestion {
  return {
    position: 1,
    questionId: randomUUID(),
    stem: '<p>Câu hỏi</p>',
    feedback: `${SECRET} chung`,
    points: 2,
    content,
    optionOrder: order,
    score: 0,
    outcome: 'incorrect',
  };
}

describe('attemptQuestionView', () => {
  it.each(QUESTION_TYPES)('shows no key of a %s question before the key may be shown', (type) => {
    for (const level of ['in_progress', 'score', 'answers'] as const) {
      const json = JSON.stringify(attemptQuestionView(drawn(contents[type]), answers[type], level));
      expect({ level, leaks: json.includes(SECRET) || /"correct"|"acceptedAnswers"|"items"/.test(json) }).toEqual({
        level,
        leaks: false,
      });
      // Ordering: the view never lists the items in the answer's order.
      if (type === 'ordering') expect(json).not.toContain('"key":{');
    }
  });

  it.each(QUESTION_TYPES)('shows the key and feedback of a %s question at level correct_answers', (type) => {
    const view = attemptQuestionView(drawn(contents[type]), answers[type], 'correct_answers');
    expect(view.key?.type).toBe(type);
    expect(view.feedback[0]).toBe(`${SECRET} chung`);
  });

  it('orders options as the attempt drew them, and hides her answer at level score', () => {
    const reversed = [...items].reverse().map((i) => i.id);
    const view = attemptQuestionView(drawn(contents.ordering, reversed), answers.ordering, 'in_progress');
    expect(view.question.options?.map((o) => o.id)).toEqual(reversed);
    expect(attemptQuestionView(drawn(contents.ordering), answers.ordering, 'score')).toMatchObject({
      answer: null,
      grade: null,
    });
  });
});

describe('reviewLevel', () => {
  it('holds the key back while she has attempts left', () => {
    expect(reviewLevel('correct_answers', false)).toBe('answers');
    expect(reviewLevel('correct_answers', true)).toBe('correct_answers');
    expect(reviewLevel('score', true)).toBe('score');
  });
});
