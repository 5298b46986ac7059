import type { LessonCompletion, ProgressEvent } from '@sen/contracts';

/**
 * The server's thresholds (apps/api learning/lesson-completion.ts): the end of a text counts from 95 %
 * scrolled, a video from 90 % watched. Mirrored here only to show a tick before the server has answered.
 */
export const READ_TO_END = 0.95;
export const VIDEO_WATCHED = 0.9;

/** Whether these events alone meet the lesson's rule; completion only ever grows, so this never over-claims. */
export function meetsRule(rule: LessonCompletion, events: readonly ProgressEvent[]): boolean {
  switch (rule) {
    case 'opened':
      return events.length > 0;
    case 'read_to_end':
      return events.some((e) => e.kind === 'scrolled' && (e.value ?? 0) >= READ_TO_END);
    case 'video_watched':
      return events.some((e) => e.kind === 'video' && (e.value ?? 0) >= VIDEO_WATCHED);
    case 'marked_done':
      return events.some((e) => e.kind === 'done');
    case 'quiz_passed':
      // Only the server grades a quiz: no event completes one.
      return false;
  }
}

/** Lessons of an enrolment that the queued, not yet synced events complete. */
export function locallyCompleted(
  pending: readonly ProgressEvent[],
  enrolmentId: string,
  rules: ReadonlyMap<string, LessonCompletion>,
): Set<string> {
  const byLesson = new Map<string, ProgressEvent[]>();
  for (const event of pending) {
    if (event.enrolmentId !== enrolmentId) continue;
    byLesson.set(event.lessonId, [...(byLesson.get(event.lessonId) ?? []), event]);
  }
  const done = new Set<string>();
  for (const [lessonId, events] of byLesson) {
    const rule = rules.get(lessonId);
    if (rule && meetsRule(rule, events)) done.add(lessonId);
  }
  return done;
}
