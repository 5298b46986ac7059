import { useEffect, useSyncExternalStore } from 'react';
import { progressOutbox } from '../api/progress-outbox.instance';
import type { OutboxState } from '../api/progress-outbox';

/** Syncs the signed-in user's queued progress while the app is open; mounted once, in the app shell. */
export function useProgressSync(userId: string): void {
  useEffect(() => {
    void progressOutbox.start(userId);
    const online = () => progressOutbox.setOnline(true);
    const offline = () => progressOutbox.setOnline(false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      progressOutbox.stop();
    };
  }, [userId]);
}

export function useOutboxState(): OutboxState {
  return useSyncExternalStore(progressOutbox.subscribe, progressOutbox.getState);
}
