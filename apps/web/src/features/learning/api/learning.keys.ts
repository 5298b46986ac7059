export const learningKeys = {
  all: ['learning'] as const,
  mine: () => [...learningKeys.all, 'mine'] as const,
  catalogue: () => [...learningKeys.all, 'catalogue'] as const,
  enrolments: () => [...learningKeys.all, 'enrolment'] as const,
  enrolment: (id: string) => [...learningKeys.enrolments(), id] as const,
  lessons: () => [...learningKeys.all, 'lesson'] as const,
  lesson: (enrolmentId: string, lessonId: string) => [...learningKeys.lessons(), enrolmentId, lessonId] as const,
};
