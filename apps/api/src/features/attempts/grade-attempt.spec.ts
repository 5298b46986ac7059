import type { QuestionContent } from '@sen/contracts';
import { gradeAttempt } from './grade-attempt';

const tf = (answer: boolean): QuestionContent => ({
  type: 'true_false',
  answer,
  trueFeedback: null,
  falseFeedback: null,
});

describe('gradeAttempt', () => {
  const questions = Array.from({ length: 7 }, (_, i) => ({
    position: i + 1,
    questionId: `q${i}`,
    points: 1,
    content: tf(true),
  }));
  const answered = (right: number) =>
    Object.fromEntries(
      questions.slice(0, right).map((q) => [q.questionId, { type: 'true_false' as const, answer: true }]),
    );

  it('passes exactly at the mark, not a hair below, whatever floating point does', () => {
    // 4 of 7 = 57.142…%: passes 57, fails 58.
    expect(gradeAttempt(questions, answered(4), 57)).toMatchObject({
      score: 4,
      maxScore: 7,
      percent: 57.14,
      passed: true,
    });
    expect(gradeAttempt(questions, answered(4), 58).passed).toBe(false);
    // 0.57 × 100 is 56.99999999999999 in floating point; 57 of 100 points must still pass a mark of 57.
    const hundred = [{ position: 1, questionId: 'big', points: 100, content: tf(true) }];
    const partial = gradeAttempt(
      [
        {
          position: 1,
          questionId: 'm',
          points: 100,
          content: {
            type: 'multiple_choice',
            partialCredit: true,
            options: Array.from({ length: 100 }, (_, i) => ({ id: `o${i}`, text: '', correct: true, feedback: null })),
          },
        },
      ],
      { m: { type: 'multiple_choice', optionIds: Array.from({ length: 57 }, (_, i) => `o${i}`) } },
      57,
    );
    expect(partial).toMatchObject({ score: 57, percent: 57, passed: true });
    expect(gradeAttempt(hundred, {}, 0)).toMatchObject({ score: 0, passed: true });
  });

  it('counts unanswered questions as wrong and grades each one', () => {
    const grade = gradeAttempt(questions, answered(2), 80);
    expect(grade.questions.map((q) => q.outcome)).toEqual(['correct', 'correct', ...Array(5).fill('incorrect')]);
    expect(grade).toMatchObject({ score: 2, percent: 28.57, passed: false });
  });
});
