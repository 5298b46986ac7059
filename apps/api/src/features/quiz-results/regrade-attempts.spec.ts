import type { QuestionContent } from '@sen/contracts';
import { regradeAttempts } from './regrade-attempts';
import type { GradedAttempt, SnapshotQuestion } from './quiz-results.repository';

const Q1 = '00000000-0000-4000-8000-000000000001';
const Q2 = '00000000-0000-4000-8000-000000000002';

const tf = (answer: boolean): QuestionContent => ({
  type: 'true_false',
  answer,
  trueFeedback: null,
  falseFeedback: null,
});

function snapshot(key1: boolean, graded: { s1: number; s2: number }): SnapshotQuestion[] {
  return [
    {
      position: 1,
      questionId: Q1,
      points: 1,
      content: tf(key1),
      score: graded.s1,
      outcome: graded.s1 ? 'correct' : 'incorrect',
    },
    {
      position: 2,
      questionId: Q2,
      points: 1,
      content: tf(true),
      score: graded.s2,
      outcome: graded.s2 ? 'correct' : 'incorrect',
    },
  ];
}

function attempt(id: string, answer1: boolean, stored: { score: number; passed: boolean }): GradedAttempt {
  return {
    id,
    enrolmentId: `enrolment-${id}`,
    answers: { [Q1]: { type: 'true_false', answer: answer1 }, [Q2]: { type: 'true_false', answer: true } },
    score: stored.score,
    maxScore: 2,
    percent: stored.score * 50,
    passed: stored.passed,
  };
}

describe('regradeAttempts', () => {
  it('regrades with the key the snapshot now holds and counts who flipped', () => {
    // The key of Q1 was fixed to "true"; the stored grades were made with "false".
    const attempts = [attempt('a', true, { score: 1, passed: false }), attempt('b', false, { score: 2, passed: true })];
    const snapshots = new Map([
      ['a', snapshot(true, { s1: 0, s2: 1 })],
      ['b', snapshot(true, { s1: 1, s2: 1 })],
    ]);
    const tally = regradeAttempts(attempts, snapshots, 80);
    expect(tally).toMatchObject({ attempts: 2, nowPassed: 1, nowFailed: 1 });
    expect(tally.regrades).toEqual([
      {
        id: 'a',
        score: 2,
        maxScore: 2,
        percent: 100,
        passed: true,
        questions: [
          { position: 1, score: 1, outcome: 'correct' },
          { position: 2, score: 1, outcome: 'correct' },
        ],
      },
      expect.objectContaining({ id: 'b', score: 1, percent: 50, passed: false }),
    ]);
    expect(tally.flipped).toEqual([
      { attemptId: 'a', enrolmentId: 'enrolment-a', passed: true },
      { attemptId: 'b', enrolmentId: 'enrolment-b', passed: false },
    ]);
  });

  it('leaves an attempt whose grade stays the same', () => {
    const tally = regradeAttempts(
      [attempt('a', true, { score: 2, passed: true })],
      new Map([['a', snapshot(true, { s1: 1, s2: 1 })]]),
      80,
    );
    expect(tally).toEqual({ attempts: 1, regrades: [], nowPassed: 0, nowFailed: 0, flipped: [] });
  });

  it('records a change in a question even when the total and the pass stay', () => {
    // Stored: Q1 right and Q2 wrong; graded again: the other way round. Same total, another grade per question.
    const tally = regradeAttempts(
      [attempt('a', false, { score: 1, passed: false })],
      new Map([['a', snapshot(true, { s1: 1, s2: 0 })]]),
      80,
    );
    expect(tally.regrades).toHaveLength(1);
    expect(tally.flipped).toEqual([]);
  });
});
