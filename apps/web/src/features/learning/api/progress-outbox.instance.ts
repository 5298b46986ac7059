import type { LearnerLesson, ProgressEvent } from '@sen/contracts';
import { queryClient } from '../../../app/api/query-client';
import { learningApi } from './learning.api';
import { learningKeys } from './learning.keys';
import { createIndexedDbOutboxStore } from './indexeddb-outbox-store';
import { ProgressOutbox } from './progress-outbox';

/** The app's one outbox: IndexedDB, the progress route, and the learning queries to refresh after a sync. */
export const progressOutbox = new ProgressOutbox({
  store: createIndexedDbOutboxStore(),
  send: (events) => learningApi.recordProgress(events),
  isOnline: () => navigator.onLine,
  onSynced: (result) => {
    // Take the server's verdict into the open lesson at once, so its tick does not blink while refetching.
    for (const lesson of result.lessons) {
      queryClient.setQueryData<LearnerLesson>(learningKeys.lesson(lesson.enrolmentId, lesson.lessonId), (old) =>
        old ? { ...old, completed: old.completed || lesson.completed } : old,
      );
    }
    void queryClient.invalidateQueries({ queryKey: learningKeys.all });
  },
  onDropped: (event, reason) => {
    // Nothing the trainee can fix; keep a trace for whoever debugs the device.
    console.warn('Progress event refused by the server and dropped', event, reason);
  },
  setTimer: (run, ms) => window.setTimeout(run, ms),
  clearTimer: (timer) => window.clearTimeout(timer as number),
});

export type NewProgressEvent = Omit<ProgressEvent, 'id' | 'occurredAt'>;

/** Gives the event its id and time and queues it; the id lets the server store a resent event once. */
export function recordProgress(event: NewProgressEvent): Promise<void> {
  return progressOutbox.record({ ...event, id: crypto.randomUUID(), occurredAt: new Date().toISOString() });
}
