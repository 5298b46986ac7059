import type { LessonCompletion, ProgressKind, ResumePosition } from '@sen/contracts';
import { READ_TO_END, VIDEO_WATCHED } from '../../src/features/learning/lesson-completion';

/** The progress a lesson's events add up to, folded in plain code: the oracle the SQL fold is tested against. */
export interface LessonAggregate {
  opened: boolean;
  maxScroll: number;
  maxVideo: number;
  markedDone: boolean;
  /** The position of the latest event that carried one. */
  resume: ResumePosition | null;
  /** When the rule was first met, in event time; null while it is not. */
  completedAt: Date | null;
}

export interface StoredEvent {
  kind: ProgressKind;
  value: number | null;
  position: ResumePosition | null;
  occurredAt: Date;
}

function ruleMet(rule: LessonCompletion, a: Omit<LessonAggregate, 'completedAt' | 'resume'>): boolean {
  switch (rule) {
    case 'opened':
      return a.opened;
    case 'read_to_end':
      return a.maxScroll >= READ_TO_END;
    case 'video_watched':
      return a.maxVideo >= VIDEO_WATCHED;
    case 'marked_done':
      return a.markedDone;
    case 'quiz_passed':
      return false;
  }
}

/**
 * Folds a lesson's events, in any order and with any repeats, into its progress. The result depends
 * only on the set of events, so recomputing after a late or resent batch gives the same answer.
 */
export function aggregateLesson(rule: LessonCompletion, events: StoredEvent[]): LessonAggregate {
  const ordered = [...events].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const state = { opened: false, maxScroll: 0, maxVideo: 0, markedDone: false };
  let resume: ResumePosition | null = null;
  let completedAt: Date | null = null;
  for (const event of ordered) {
    // Any event means the lesson was shown.
    state.opened = true;
    if (event.kind === 'scrolled') state.maxScroll = Math.max(state.maxScroll, event.value ?? 0);
    if (event.kind === 'video') state.maxVideo = Math.max(state.maxVideo, event.value ?? 0);
    if (event.kind === 'done') state.markedDone = true;
    if (event.position) resume = event.position;
    if (!completedAt && ruleMet(rule, state)) completedAt = event.occurredAt;
  }
  return { ...state, resume, completedAt };
}
