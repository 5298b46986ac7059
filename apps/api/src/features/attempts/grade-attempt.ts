import type { QuestionAnswer } from '@sen/contracts';
import { gradeQuestion, type QuestionGrade } from '../quizzes/grading/grade-question';
import type { AttemptQuestion } from './attempt-view';

export interface AttemptGrade {
  questions: (QuestionGrade & { position: number })[];
  score: number;
  maxScore: number;
  /** Rounded to two decimals. */
  percent: number;
  passed: boolean;
}

/**
 * Grades every drawn question with the key the attempt holds. Pass is decided on the exact points, not
 * the rounded percent, so 79.996 % does not pass a mark of 80.
 */
export function gradeAttempt(
  questions: Pick<AttemptQuestion, 'position' | 'questionId' | 'points' | 'content'>[],
  answers: Record<string, QuestionAnswer>,
  passMark: number,
): AttemptGrade {
  const graded = questions.map((q) => ({
    position: q.position,
    ...gradeQuestion({ ...q.content, points: q.points }, answers[q.questionId]),
  }));
  const score = round2(graded.reduce((sum, g) => sum + g.score, 0));
  const maxScore = graded.reduce((sum, g) => sum + g.maxScore, 0);
  const percent = maxScore === 0 ? 0 : round2((score / maxScore) * 100);
  // In whole hundredths of a point, so that floating point cannot put 57 % of the points below a mark of 57.
  const passed = Math.round(score * 100) >= passMark * maxScore;
  return { questions: graded, score, maxScore, percent, passed };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
