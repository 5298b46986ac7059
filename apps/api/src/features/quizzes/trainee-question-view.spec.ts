import { QUESTION_TYPES, type QuestionContent, type QuestionType } from '@sen/contracts';
import { randomUUID } from 'node:crypto';
import { traineeQuestionView, type ViewableQuestion } from './trainee-question-view';

/** Values that only the answer key holds, so finding one in a view is a leak. */
const SECRET = {
  feedback: 'PHẢN-HỒI-BÍ-MẬT',
  accepted: 'ĐÁP-ÁN-ĐÚNG',
};

function option(text: string, correct: boolean) {
  return { id: randomUUID(), text, correct, feedback: `${SECRET.feedback} ${text}` };
}

const contents: Record<QuestionType, QuestionContent> = {
  single_choice: { type: 'single_choice', options: [option('<p>Một</p>', true), option('<p>Hai</p>', false)] },
  multiple_choice: {
    type: 'multiple_choice',
    partialCredit: true,
    options: [option('<p>Ba</p>', true), option('<p>Bốn</p>', true), option('<p>Năm</p>', false)],
  },
  true_false: { type: 'true_false', answer: true, trueFeedback: SECRET.feedback, falseFeedback: SECRET.feedback },
  short_text: { type: 'short_text', acceptedAnswers: [SECRET.accepted, 'Hà Nội'], diacriticsInsensitive: true },
  ordering: {
    type: 'ordering',
    items: ['Khai mạc', 'Báo cáo', 'Thảo luận', 'Bế mạc'].map((text) => ({ id: randomUUID(), text })),
  },
};

function question(content: QuestionContent): ViewableQuestion {
  return { id: randomUUID(), stem: '<p>Câu hỏi?</p>', points: 2, content };
}

/** Every key and every primitive value anywhere in a JSON document. */
function keysAndValues(json: string): { keys: Set<string>; values: Set<string> } {
  const keys = new Set<string>();
  const values = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        keys.add(key);
        walk(value);
      }
    } else values.add(String(node));
  };
  walk(JSON.parse(json));
  return { keys, values };
}

describe('traineeQuestionView', () => {
  it('covers every question type', () => {
    expect(Object.keys(contents).sort()).toEqual([...QUESTION_TYPES].sort());
  });

  it.each(QUESTION_TYPES)('shows a %s question without any part of its key', (type) => {
    const q = question(contents[type]);
    const json = JSON.stringify(traineeQuestionView(q));
    const { keys, values } = keysAndValues(json);

    expect([...keys].sort()).toEqual(
      [
        'id',
        'type',
        'stem',
        'points',
        ...(type === 'true_false' || type === 'short_text' ? [] : ['options', 'text']),
      ].sort(),
    );
    for (const leaked of ['correct', 'feedback', 'acceptedAnswers', 'answer', 'partialCredit', 'items']) {
      expect(json).not.toContain(`"${leaked}"`);
    }
    expect(json).not.toContain(SECRET.feedback);
    expect(json).not.toContain(SECRET.accepted);
    expect(json).not.toContain('Hà Nội');
    // Key values that are booleans must not appear either (no true/false field at all).
    expect(values.has('true')).toBe(false);
    expect(values.has('false')).toBe(false);
  });

  it('shows choice texts and ids, in the stored order', () => {
    const q = question(contents.multiple_choice);
    const view = traineeQuestionView(q);
    expect(view.options).toEqual(
      contents.multiple_choice.type === 'multiple_choice'
        ? contents.multiple_choice.options.map(({ id, text }) => ({ id, text }))
        : [],
    );
  });

  it('lists ordering items the same way whatever the correct order is', () => {
    const items = contents.ordering.type === 'ordering' ? contents.ordering.items : [];
    const forward = traineeQuestionView(question({ type: 'ordering', items }));
    const backward = traineeQuestionView(question({ type: 'ordering', items: [...items].reverse() }));
    expect(forward.options).toEqual(backward.options);
    expect(forward.options?.map((o) => o.text).sort()).toEqual(items.map((i) => i.text).sort());
  });
});
