import type { GradableQuestion, QuestionAnswer } from '@sen/contracts';
import { randomUUID } from 'node:crypto';
import { gradeQuestion } from './grade-question';

const ids = Array.from({ length: 5 }, () => randomUUID());
const [a, b, c, d, e] = ids as [string, string, string, string, string];

function choices(correct: string[]) {
  return ids.slice(0, 4).map((id) => ({ id, text: `<p>${id}</p>`, correct: correct.includes(id), feedback: null }));
}

describe('gradeQuestion', () => {
  describe('single choice', () => {
    const q: GradableQuestion = { type: 'single_choice', points: 2, options: choices([b]) };
    it.each<[string, QuestionAnswer | null, number, string]>([
      ['the correct option', { type: 'single_choice', optionId: b }, 2, 'correct'],
      ['a wrong option', { type: 'single_choice', optionId: a }, 0, 'incorrect'],
      ['an unknown option', { type: 'single_choice', optionId: e }, 0, 'incorrect'],
      ['no answer', null, 0, 'incorrect'],
      ['an answer of another type', { type: 'true_false', answer: true }, 0, 'incorrect'],
    ])('%s', (_label, answer, score, outcome) => {
      expect(gradeQuestion(q, answer)).toEqual({ score, maxScore: 2, outcome });
    });
  });

  describe('multiple choice with partial credit', () => {
    // Three correct of four: each right pick is worth a third, each wrong pick takes a third away.
    const q: GradableQuestion = {
      type: 'multiple_choice',
      points: 3,
      partialCredit: true,
      options: choices([a, b, c]),
    };
    it.each<[string, string[], number, string]>([
      ['all correct', [a, b, c], 3, 'correct'],
      ['two of three', [a, b], 2, 'partial'],
      ['one of three', [c], 1, 'partial'],
      ['all correct plus the wrong one', [a, b, c, d], 2, 'partial'],
      ['one right, one wrong', [a, d], 0, 'incorrect'],
      ['only the wrong one (floored at 0)', [d], 0, 'incorrect'],
      ['nothing', [], 0, 'incorrect'],
      ['a duplicate pick counts once', [a, a, a], 1, 'partial'],
      ['an unknown id is a wrong pick', [a, b, e], 1, 'partial'],
    ])('%s', (_label, optionIds, score, outcome) => {
      expect(gradeQuestion(q, { type: 'multiple_choice', optionIds })).toEqual({ score, maxScore: 3, outcome });
    });

    it('rounds fractions to two decimals', () => {
      const one: GradableQuestion = { ...q, points: 1 };
      expect(gradeQuestion(one, { type: 'multiple_choice', optionIds: [a] }).score).toBe(0.33);
      expect(gradeQuestion(one, { type: 'multiple_choice', optionIds: [a, b] }).score).toBe(0.67);
    });

    it('gives nothing for picking every option when one is wrong', () => {
      const twoOfFour: GradableQuestion = { ...q, options: choices([a, b]) };
      expect(gradeQuestion(twoOfFour, { type: 'multiple_choice', optionIds: [a, b, c, d] }).score).toBe(0);
    });
  });

  describe('multiple choice without partial credit', () => {
    const q: GradableQuestion = { type: 'multiple_choice', points: 4, partialCredit: false, options: choices([a, c]) };
    it.each<[string[], number]>([
      [[c, a], 4],
      [[a], 0],
      [[a, c, d], 0],
    ])('%j earns %d', (optionIds, score) => {
      expect(gradeQuestion(q, { type: 'multiple_choice', optionIds }).score).toBe(score);
    });
  });

  describe('true/false', () => {
    const q: GradableQuestion = {
      type: 'true_false',
      points: 1,
      answer: false,
      trueFeedback: null,
      falseFeedback: null,
    };
    it('credits only the right value', () => {
      expect(gradeQuestion(q, { type: 'true_false', answer: false }).outcome).toBe('correct');
      expect(gradeQuestion(q, { type: 'true_false', answer: true }).outcome).toBe('incorrect');
    });
  });

  describe('short text', () => {
    const strict: GradableQuestion = {
      type: 'short_text',
      points: 5,
      acceptedAnswers: ['Hà Nội', 'Thủ đô Hà Nội'],
      diacriticsInsensitive: false,
    };
    const lenient: GradableQuestion = { ...strict, diacriticsInsensitive: true };
    const answer = (text: string): QuestionAnswer => ({ type: 'short_text', text });

    it.each<[string, string, number]>([
      ['the accepted answer', 'Hà Nội', 5],
      ['an alternative', 'thủ đô hà nội', 5],
      ['decomposed (NFD) input', 'Hà Nội'.normalize('NFD'), 5],
      ['extra spaces and capitals', '  HÀ    NỘI ', 5],
      ['no diacritics', 'Ha Noi', 0],
      ['a wrong tone mark', 'Hà Nỗi', 0],
      ['empty', '   ', 0],
      ['something else', 'Hải Phòng', 0],
    ])('strict: %s', (_label, text, score) => {
      expect(gradeQuestion(strict, answer(text)).score).toBe(score);
    });

    it.each<[string, string, number]>([
      ['no diacritics', 'ha noi', 5],
      ['decomposed input', 'Thủ đô Hà Nội'.normalize('NFD'), 5],
      ['d for đ', 'THU DO HA NOI', 5],
      ['still a different word', 'Ha Nam', 0],
    ])('diacritics-insensitive: %s', (_label, text, score) => {
      expect(gradeQuestion(lenient, answer(text)).score).toBe(score);
    });

    it('folds Đ/đ in the accepted answer too', () => {
      const q: GradableQuestion = { ...strict, acceptedAnswers: ['Đoàn kết'] };
      expect(gradeQuestion(q, answer('đoàn kết')).score).toBe(5);
      expect(gradeQuestion(q, answer('doàn kết')).score).toBe(0);
      expect(gradeQuestion({ ...q, diacriticsInsensitive: true }, answer('doan ket')).score).toBe(5);
    });
  });

  describe('ordering (all or nothing)', () => {
    const q: GradableQuestion = {
      type: 'ordering',
      points: 3,
      items: [a, b, c, d].map((id) => ({ id, text: id })),
    };
    it.each<[string, string[], number]>([
      ['the right order', [a, b, c, d], 3],
      ['two swapped', [a, c, b, d], 0],
      ['one moved to the front', [d, a, b, c], 0],
      ['missing an item', [a, b, c], 0],
      ['an item twice', [a, b, c, d, d], 0],
      ['an unknown item', [a, b, c, e], 0],
    ])('%s', (_label, itemIds, score) => {
      expect(gradeQuestion(q, { type: 'ordering', itemIds }).score).toBe(score);
    });
  });
});
