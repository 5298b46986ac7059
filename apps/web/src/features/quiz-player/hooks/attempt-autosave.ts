import type { QuestionAnswer, SaveAnswersBody, SaveAnswersResult } from '@sen/contracts';
import { isApiRequestError } from '../../../app/api/api-request-error';
import type { AttemptStorage } from '../api/attempt-storage';
import { answerReducer, type AnswerState } from './answer-state';
import type { MergedAnswers } from './revision-merge';

/** Saved: the server has her latest answers. Saving: on their way. Offline or failed: kept on this phone, retried. */
export type SaveStatus = 'saved' | 'saving' | 'offline' | 'failed';

export interface AutosaveSnapshot {
  state: AnswerState;
  status: SaveStatus;
}

export interface AutosaveDeps {
  attemptId: string;
  save: (body: SaveAnswersBody) => Promise<SaveAnswersResult>;
  storage: AttemptStorage;
  /** The attempt was closed on the server (time up, submitted elsewhere): show its result. */
  onClosed: () => void;
  online: boolean;
  debounceMs?: number;
  retryMs?: number;
  setTimer?: (run: () => void, ms: number) => ReturnType<typeof setTimeout>;
  clearTimer?: (timer: ReturnType<typeof setTimeout>) => void;
}

const CLOSED_CODES = new Set(['ATTEMPT_SUBMITTED', 'ATTEMPT_TIME_UP']);

/**
 * Keeps an attempt's answers safe while she works: every change is written to the phone at once and sent
 * to the server a moment later (debounced), the whole map with its revision, so the server keeps the
 * latest and ignores a save that arrives late. A save that fails is retried — soon after a network
 * error, or when the browser says it is back online — and nothing is lost meanwhile.
 */
export class AttemptAutosave {
  private snapshot: AutosaveSnapshot;
  /** The highest revision the server has stored. */
  private acked: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight = false;
  private problem: 'offline' | 'failed' | null = null;
  private online: boolean;
  private stopped = false;
  private readonly listeners = new Set<() => void>();
  private readonly debounceMs: number;
  private readonly retryMs: number;
  private readonly setTimer: NonNullable<AutosaveDeps['setTimer']>;
  private readonly clearTimer: NonNullable<AutosaveDeps['clearTimer']>;

  constructor(
    initial: MergedAnswers,
    serverRevision: number,
    private readonly deps: AutosaveDeps,
  ) {
    this.acked = serverRevision;
    this.online = deps.online;
    this.debounceMs = deps.debounceMs ?? 1000;
    this.retryMs = deps.retryMs ?? 5000;
    this.setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer));
    this.snapshot = { state: initial.state, status: this.status(initial.state) };
    if (initial.resend) deps.storage.write(deps.attemptId, initial.state);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): AutosaveSnapshot => this.snapshot;

  /** Starts saving: answers the phone held beyond the server's go out now. */
  start(): void {
    this.stopped = false;
    if (this.snapshot.state.revision > this.acked) this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
  }

  answer(questionId: string, answer: QuestionAnswer | null): void {
    const state = answerReducer(this.snapshot.state, { type: 'answer', questionId, answer });
    if (state === this.snapshot.state) return;
    this.deps.storage.write(this.deps.attemptId, state);
    this.publish(state);
    if (!this.stopped) this.schedule(this.debounceMs);
  }

  setOnline(online: boolean): void {
    this.online = online;
    if (online && this.problem === 'offline' && !this.stopped) this.schedule(0);
    this.publish(this.snapshot.state);
  }

  /** The answers to submit, with their revision; pending saves are dropped since the submission carries them. */
  takeForSubmit(): AnswerState {
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
    return this.snapshot.state;
  }

  /** The attempt is over: the phone's copy is no longer needed. */
  finish(): void {
    this.stop();
    this.deps.storage.remove(this.deps.attemptId);
  }

  private schedule(ms: number): void {
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = this.setTimer(() => {
      this.timer = undefined;
      void this.send();
    }, ms);
  }

  private async send(): Promise<void> {
    if (this.stopped || this.inflight) return;
    const sent = this.snapshot.state;
    if (sent.revision <= this.acked) return;
    this.inflight = true;
    this.problem = null;
    this.publish(sent);
    try {
      const result = await this.deps.save({ revision: sent.revision, answers: sent.answers });
      if (result.applied) {
        this.acked = Math.max(this.acked, sent.revision);
      } else {
        // Another tab or device saved a later revision: what is on this screen goes above it.
        this.acked = Math.max(this.acked, result.revision);
        const rebased = answerReducer(this.snapshot.state, { type: 'rebase', above: result.revision });
        this.deps.storage.write(this.deps.attemptId, rebased);
        this.snapshot = { ...this.snapshot, state: rebased };
      }
    } catch (error) {
      if (isApiRequestError(error) && CLOSED_CODES.has(error.code)) {
        this.inflight = false;
        this.stop();
        this.deps.onClosed();
        return;
      }
      this.problem = isApiRequestError(error) && (error.isNetwork || error.status >= 500) ? 'offline' : 'failed';
    }
    this.inflight = false;
    if (!this.stopped && this.snapshot.state.revision > this.acked && this.timer === undefined) {
      // A refusal (say, a rotated CSRF token) may clear up too, but is not worth asking about as often.
      this.schedule(this.problem === 'failed' ? this.retryMs * 6 : this.problem ? this.retryMs : 0);
    }
    this.publish(this.snapshot.state);
  }

  private status(state: AnswerState): SaveStatus {
    if (state.revision <= this.acked) return 'saved';
    if (this.problem) return this.problem;
    return this.online ? 'saving' : 'offline';
  }

  private publish(state: AnswerState): void {
    this.snapshot = { state, status: this.status(state) };
    for (const listener of this.listeners) listener();
  }
}
