import type { GradableQuestion, QuestionAnswer } from '@sen/contracts';
import { normaliseAnswer } from './normalise-answer';

export interface QuestionGrade {
  /** Points earned, rounded to two decimals. */
  score: number;
  maxScore: number;
  outcome: 'correct' | 'partial' | 'incorrect';
}

/**
 * Grades one answer against a question's key. Pure: the same key and answer always give the same grade,
 * so a regrade after a fixed key is a re-run. No answer, or an answer of another type, earns nothing.
 *
 * - single choice, true/false, short text: all or nothing.
 * - multiple choice with partial credit: (correct options picked − wrong options picked) / correct
 *   options, floored at 0, times the points. Picking everything therefore earns nothing unless every
 *   option is correct, and an unknown id counts as a wrong pick. Without partial credit: all or nothing.
 * - ordering: all or nothing. Credit per item in its right place was rejected: one item moved from the
 *   end to the front puts every item out of place (0) though the sequence is almost right, while a
 *   random guess earns 1/n of the points on average.
 */
export function gradeQuestion(question: GradableQuestion, answer: QuestionAnswer | null | undefined): QuestionGrade {
  const fraction = answer && answer.type === question.type ? fractionCorrect(question, answer) : 0;
  const score = Math.round(fraction * question.points * 100) / 100;
  return {
    score,
    maxScore: question.points,
    outcome: fraction === 1 ? 'correct' : fraction > 0 ? 'partial' : 'incorrect',
  };
}

/** The share of the points earned, in [0, 1]; `answer.type` equals `question.type`. */
function fractionCorrect(question: GradableQuestion, answer: QuestionAnswer): number {
  switch (question.type) {
    case 'single_choice': {
      const picked = answer.type === 'single_choice' ? answer.optionId : null;
      return question.options.some((o) => o.correct && o.id === picked) ? 1 : 0;
    }
    case 'multiple_choice': {
      const picked = new Set(answer.type === 'multiple_choice' ? answer.optionIds : []);
      const correctIds = new Set(question.options.filter((o) => o.correct).map((o) => o.id));
      let right = 0;
      let wrong = 0;
      for (const id of picked) {
        if (correctIds.has(id)) right += 1;
        else wrong += 1;
      }
      if (!question.partialCredit) return right === correctIds.size && wrong === 0 ? 1 : 0;
      return Math.max(0, (right - wrong) / correctIds.size);
    }
    case 'true_false':
      return answer.type === 'true_false' && answer.answer === question.answer ? 1 : 0;
    case 'short_text': {
      if (answer.type !== 'short_text') return 0;
      const given = normaliseAnswer(answer.text, question.diacriticsInsensitive);
      if (given === '') return 0;
      return question.acceptedAnswers.some((a) => normaliseAnswer(a, question.diacriticsInsensitive) === given) ? 1 : 0;
    }
    case 'ordering': {
      const given = answer.type === 'ordering' ? answer.itemIds : [];
      const key = question.items.map((item) => item.id);
      return given.length === key.length && key.every((id, index) => given[index] === id) ? 1 : 0;
    }
  }
}
