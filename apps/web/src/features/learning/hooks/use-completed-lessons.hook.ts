import { useMemo } from 'react';
import type { LearnerOutline, LessonCompletion } from '@sen/contracts';
import { locallyCompleted } from './local-completion';
import { useOutboxState } from './use-progress-sync.hook';

/** Lessons done on the server, plus those the queued events complete (shown before they sync). */
export function useCompletedLessons(outline: LearnerOutline | undefined): Set<string> {
  const { pending } = useOutboxState();
  return useMemo(() => {
    if (!outline) return new Set<string>();
    const lessons = outline.modules.flatMap((m) => m.lessons);
    const rules = new Map<string, LessonCompletion>(lessons.map((l) => [l.id, l.completion]));
    const done = locallyCompleted(pending, outline.enrolmentId, rules);
    for (const lesson of lessons) if (lesson.completed) done.add(lesson.id);
    return done;
  }, [outline, pending]);
}
