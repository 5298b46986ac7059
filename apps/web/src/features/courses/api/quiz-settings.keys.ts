export const quizSettingsKeys = {
  all: ['quiz-settings'] as const,
  lesson: (lessonId: string) => [...quizSettingsKeys.all, 'lesson', lessonId] as const,
};
