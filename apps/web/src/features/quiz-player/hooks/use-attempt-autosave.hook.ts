import { useEffect, useState, useSyncExternalStore } from 'react';
import type { AttemptView } from '@sen/contracts';
import { attemptStorage } from '../api/attempt-storage';
import { quizPlayerApi } from '../api/quiz-player.api';
import { AttemptAutosave, type AutosaveSnapshot } from './attempt-autosave';
import { mergeAnswers, serverAnswers } from './revision-merge';

/**
 * The answers of an attempt in progress, saved as she goes (see `AttemptAutosave`). Made once per
 * attempt: the server's answers and the phone's copy are merged by revision when it opens.
 */
export function useAttemptAutosave(
  attempt: AttemptView,
  onClosed: () => void,
): { autosave: AttemptAutosave; snapshot: AutosaveSnapshot } {
  const [autosave] = useState(() => {
    const merged = mergeAnswers(
      { answers: serverAnswers(attempt.questions), revision: attempt.revision },
      attemptStorage.read(attempt.id),
      attempt.questions.map((q) => q.question),
    );
    return new AttemptAutosave(merged, attempt.revision, {
      attemptId: attempt.id,
      save: (body) => quizPlayerApi.save(attempt.id, body),
      storage: attemptStorage,
      onClosed,
      online: navigator.onLine,
    });
  });

  useEffect(() => {
    autosave.start();
    const online = () => autosave.setOnline(true);
    const offline = () => autosave.setOnline(false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      autosave.stop();
    };
  }, [autosave]);

  const snapshot = useSyncExternalStore(autosave.subscribe, autosave.getSnapshot);
  return { autosave, snapshot };
}
