import type { QuestionSearch } from './quiz-settings.api';

export const quizSettingsKeys = {
  all: ['quiz-settings'] as const,
  lesson: (lessonId: string) => [...quizSettingsKeys.all, 'lesson', lessonId] as const,
  banks: (courseId: string) => [...quizSettingsKeys.all, 'banks', courseId] as const,
  questions: (bankId: string, query: QuestionSearch) => [...quizSettingsKeys.all, 'questions', bankId, query] as const,
  question: (questionId: string) => [...quizSettingsKeys.all, 'question', questionId] as const,
};
