import type { EntityManager } from 'typeorm';
import { drawQuestions } from '../../features/attempts/draw-questions';
import { DEMO_ACCOUNTS, demoQuestionBankId } from './demo-ids';
import { SEED_COURSES } from './programmes';
import { courseRows } from './seed-courses';
import { questionBankRows } from './seed-questions';
import { quizStepRows, seedQuizSteps } from './seed-quizzes';

describe('seeded quiz steps', () => {
  const quizzes = quizStepRows();
  const courses = courseRows();
  const banks = questionBankRows();

  it('gives each module one quiz on its closing quiz-step lesson, with stable ids', () => {
    expect(quizzes).toHaveLength(SEED_COURSES.flatMap((c) => c.modules).length);
    expect(quizStepRows()).toEqual(quizzes);
    expect(new Set(quizzes.map((q) => q.id)).size).toBe(quizzes.length);
    const closing = courses.modules.map((m) => courses.lessons.filter((l) => l.moduleId === m.id).at(-1));
    expect(quizzes.map((q) => q.lessonId)).toEqual(closing.map((l) => l?.id));
    for (const lesson of closing) expect(lesson?.completion).toBe('quiz_passed');
    expect(quizzes.map((q) => q.courseId)).toEqual(
      courses.modules.map((m) => courses.versions.find((v) => v.id === m.versionId)?.courseId),
    );
  });

  it('draws 5 random questions of its module, 80 % to pass, 2 attempts of 15 minutes, key shown at the end', () => {
    for (const course of SEED_COURSES) {
      const ofCourse = quizzes.filter((q) => q.rules.bankId === demoQuestionBankId(course.key));
      expect(ofCourse.map((q) => q.rules.draw)).toEqual(
        course.modules.map((m) => [{ kind: 'random', category: m.titleVi, count: 5 }]),
      );
      for (const quiz of ofCourse) {
        expect(quiz.rules).toMatchObject({
          passMark: 80,
          maxAttempts: 2,
          timeLimitMinutes: 15,
          review: 'correct_answers',
          shuffleQuestions: true,
          shuffleOptions: true,
          opensAt: null,
          closesAt: null,
        });
      }
    }
  });

  it('can always be served by its course’s seeded bank, with questions of its module only', () => {
    for (const quiz of quizzes) {
      const bank = banks.banks.find((b) => b.id === quiz.rules.bankId);
      expect(bank?.courseId).toBe(quiz.courseId);
      const pool = banks.questions.filter((q) => q.bankId === quiz.rules.bankId);
      const { questionIds, shortBy } = drawQuestions(quiz.rules.draw, pool, true, () => 0);
      expect(shortBy).toBe(0);
      expect(questionIds).toHaveLength(5);
      const category = quiz.rules.draw[0]?.kind === 'random' ? quiz.rules.draw[0].category : undefined;
      expect(bank?.categories).toContain(category);
      for (const id of questionIds) expect(pool.find((q) => q.id === id)?.category).toBe(category);
    }
  });

  it('writes every quiz in one statement, set by the trainer', async () => {
    const calls: [string, unknown[]][] = [];
    const manager = {
      query: (sql: string, params: unknown[]) => {
        calls.push([sql, params]);
        return Promise.resolve([]);
      },
    } as unknown as EntityManager;

    await expect(seedQuizSteps(manager)).resolves.toBe(quizzes.length);

    expect(calls).toHaveLength(1);
    const [sql, params] = calls[0]!;
    expect(sql).toMatch(/INSERT INTO quizzes/);
    expect(params[0]).toEqual(quizzes.map((q) => q.id));
    expect(params[9]).toEqual(quizzes.map(() => 15));
    expect(params.at(-1)).toBe(DEMO_ACCOUNTS.trainer.userId);
  });
});
