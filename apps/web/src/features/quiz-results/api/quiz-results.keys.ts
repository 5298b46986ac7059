import type { RequestInput, routes } from '@sen/contracts';

export type QuizAttemptListParams = NonNullable<RequestInput<typeof routes.listQuizAttempts>['query']>;

/** A quiz's results: its statistics and attempts change together when it is regraded. */
export const quizResultKeys = {
  all: ['quiz-results'] as const,
  quiz: (quizId: string) => [...quizResultKeys.all, quizId] as const,
  statistics: (quizId: string) => [...quizResultKeys.quiz(quizId), 'statistics'] as const,
  attemptLists: (quizId: string) => [...quizResultKeys.quiz(quizId), 'attempts'] as const,
  attempts: (quizId: string, query: QuizAttemptListParams) => [...quizResultKeys.attemptLists(quizId), query] as const,
  /** Which quiz a lesson is, for the link from the lesson editor. */
  lessonQuiz: (lessonId: string) => [...quizResultKeys.all, 'lesson', lessonId] as const,
};
