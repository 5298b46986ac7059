import type { AnswerState } from '../hooks/answer-state';

/** What the phone keeps of an attempt in progress, until the attempt is submitted. */
export interface StoredAnswers {
  revision: number;
  answers: Record<string, unknown>;
}

export interface AttemptStorage {
  read(attemptId: string): StoredAnswers | null;
  write(attemptId: string, state: AnswerState): void;
  remove(attemptId: string): void;
}

const PREFIX = 'sen-quiz-answers:';

/** The storage the browser offers, or null where it is refused (private mode, disabled storage). */
function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Her answers on this phone, written on every change, so a reload, a dropped connection or a closed tab
 * loses nothing that the debounced save had not sent yet. localStorage rather than IndexedDB: it is
 * read synchronously when the attempt opens, before the first render, and an attempt's answers are small.
 */
export function createAttemptStorage(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null,
): AttemptStorage {
  return {
    read(attemptId) {
      try {
        const value: unknown = JSON.parse(storage?.getItem(PREFIX + attemptId) ?? 'null');
        if (typeof value !== 'object' || value === null) return null;
        const { revision, answers } = value as Record<string, unknown>;
        if (
          typeof revision !== 'number' ||
          !Number.isInteger(revision) ||
          typeof answers !== 'object' ||
          answers === null
        ) {
          return null;
        }
        return { revision, answers: answers as Record<string, unknown> };
      } catch {
        return null;
      }
    },
    write(attemptId, state) {
      try {
        storage?.setItem(PREFIX + attemptId, JSON.stringify({ revision: state.revision, answers: state.answers }));
      } catch {
        // Storage full or refused: the answers still go to the server; only the offline copy is missing.
      }
    },
    remove(attemptId) {
      try {
        storage?.removeItem(PREFIX + attemptId);
      } catch {
        // Nothing to clean up where storage is refused.
      }
    },
  };
}

export const attemptStorage: AttemptStorage = createAttemptStorage(browserStorage());
