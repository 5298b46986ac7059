import type { QuestionContent } from '@sen/contracts';
import { optionOrder } from './option-order';

const ids = [
  '11111111-1111-4111-8111-111111111111',
  '22222222-2222-4222-8222-222222222222',
  '33333333-3333-4333-8333-333333333333',
];
const options = ids.map((id, i) => ({ id, text: `${i}`, correct: i === 0, feedback: null }));

describe('optionOrder', () => {
  it('never shows ordering items in the answer’s order, even when the generator would', () => {
    const content: QuestionContent = { type: 'ordering', items: ids.map((id) => ({ id, text: id })) };
    // A generator that always answers 0 reverses-and-rotates; one that returns the top index keeps the order.
    let calls = 0;
    const identityFirst = (bound: number) => (calls++ < ids.length - 1 ? bound - 1 : 0);
    const order = optionOrder(content, false, identityFirst);
    expect([...order].sort()).toEqual([...ids].sort());
    expect(order).not.toEqual(ids);
  });

  it('shuffles choices only when the quiz says so', () => {
    const content: QuestionContent = { type: 'single_choice', options };
    expect(optionOrder(content, false, () => 0)).toEqual(ids);
    expect(optionOrder(content, true, () => 0)).not.toEqual(ids);
  });

  it('has nothing to order for true/false and short text', () => {
    expect(
      optionOrder({ type: 'true_false', answer: true, trueFeedback: null, falseFeedback: null }, true, () => 0),
    ).toEqual([]);
    expect(
      optionOrder({ type: 'short_text', acceptedAnswers: ['a'], diacriticsInsensitive: false }, true, () => 0),
    ).toEqual([]);
  });
});
