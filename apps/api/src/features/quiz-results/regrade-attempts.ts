import { gradeAttempt } from '../attempts/grade-attempt';
import type { AttemptRegrade, GradedAttempt, SnapshotQuestion } from './quiz-results.repository';

export interface RegradeTally {
  /** Attempts regraded. */
  attempts: number;
  /** The new grades of the attempts whose grade changed (in total or on any question). */
  regrades: AttemptRegrade[];
  nowPassed: number;
  nowFailed: number;
  /** Attempts whose pass/fail flipped, with the enrolment whose quiz step that may complete or reopen. */
  flipped: { attemptId: string; enrolmentId: string | null; passed: boolean }[];
}

/**
 * Grades each submitted attempt again with her stored answers and the key its snapshot now holds, and
 * keeps the attempts whose grade changed. Pure, so regrading twice finds nothing to change the second time.
 */
export function regradeAttempts(
  attempts: GradedAttempt[],
  snapshots: Map<string, SnapshotQuestion[]>,
  passMark: number,
): RegradeTally {
  const tally: RegradeTally = { attempts: attempts.length, regrades: [], nowPassed: 0, nowFailed: 0, flipped: [] };
  for (const attempt of attempts) {
    const questions = snapshots.get(attempt.id) ?? [];
    const grade = gradeAttempt(questions, attempt.answers, passMark);
    const before = new Map(questions.map((q) => [q.position, q] as const));
    const questionChanged = grade.questions.some((g) => {
      const old = before.get(g.position);
      return old?.score !== g.score || old.outcome !== g.outcome;
    });
    const totalChanged =
      grade.score !== attempt.score ||
      grade.maxScore !== attempt.maxScore ||
      grade.percent !== attempt.percent ||
      grade.passed !== attempt.passed;
    if (!questionChanged && !totalChanged) continue;
    tally.regrades.push({
      id: attempt.id,
      score: grade.score,
      maxScore: grade.maxScore,
      percent: grade.percent,
      passed: grade.passed,
      questions: grade.questions.map((g) => ({ position: g.position, score: g.score, outcome: g.outcome })),
    });
    if (grade.passed !== attempt.passed) {
      if (grade.passed) tally.nowPassed += 1;
      else tally.nowFailed += 1;
      tally.flipped.push({ attemptId: attempt.id, enrolmentId: attempt.enrolmentId, passed: grade.passed });
    }
  }
  return tally;
}
