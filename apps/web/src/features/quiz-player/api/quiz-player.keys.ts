export const quizPlayerKeys = {
  all: ['quiz-player'] as const,
  quiz: (id: string) => [...quizPlayerKeys.all, 'quiz', id] as const,
  attempt: (id: string) => [...quizPlayerKeys.all, 'attempt', id] as const,
};
