import type { CourseOutline } from '@sen/contracts';

/**
 * A new draft copies the published content under new ids, in the same order; the lesson at the same
 * module and lesson position is the draft's copy of the one the author was looking at.
 */
export function matchingLessonId(from: CourseOutline, lessonId: string, to: CourseOutline): string | undefined {
  for (const [moduleIndex, module] of from.modules.entries()) {
    const lessonIndex = module.lessons.findIndex((lesson) => lesson.id === lessonId);
    if (lessonIndex !== -1) return to.modules[moduleIndex]?.lessons[lessonIndex]?.id;
  }
  return undefined;
}
