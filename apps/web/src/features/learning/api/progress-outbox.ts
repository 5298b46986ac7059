import type { ProgressBatchResult, ProgressEvent } from '@sen/contracts';
import { isApiRequestError } from '../../../app/api/api-request-error';

/** The server accepts at most this many events per request (ProgressBatchBody). */
export const MAX_BATCH = 200;
const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 60_000;

/** One queued event; `seq` is the store's auto-increment key, so reading by it keeps the order of creation. */
export interface OutboxRecord {
  seq: number;
  userId: string;
  event: ProgressEvent;
}

/** Where events wait; IndexedDB in the browser, an in-memory fake in tests. */
export interface OutboxStore {
  add(userId: string, event: ProgressEvent): Promise<void>;
  /** The user's oldest records, in order of creation; all of them without a limit. */
  oldest(userId: string, limit?: number): Promise<OutboxRecord[]>;
  remove(seqs: number[]): Promise<void>;
}

export interface OutboxDeps {
  store: OutboxStore;
  send: (events: ProgressEvent[]) => Promise<ProgressBatchResult>;
  isOnline: () => boolean;
  /** Called after each batch the server stored. */
  onSynced: (result: ProgressBatchResult) => void;
  /** An event the server refused as invalid: dropped so it cannot block the queue, but reported. */
  onDropped: (event: ProgressEvent, reason: string) => void;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
}

export interface OutboxState {
  /** The signed-in user's events not yet stored by the server, oldest first. */
  pending: readonly ProgressEvent[];
  online: boolean;
  /** Consecutive failed attempts; a retry is scheduled while this is above zero. */
  failures: number;
}

type Outcome =
  | { kind: 'stored'; result: ProgressBatchResult }
  | { kind: 'later' }
  | { kind: 'refused'; index: number | null; reason: string };

// Not the event's fault: the connection, the server, the session (sign-in again) or the rate limit.
const TRANSIENT_STATUSES = new Set([401, 403, 408, 425, 429]);
const EVENT_FIELD = /^body\.events\.(\d+)\./;

function classify(error: unknown): Outcome {
  if (!isApiRequestError(error) || error.isNetwork || error.status >= 500 || TRANSIENT_STATUSES.has(error.status)) {
    return { kind: 'later' };
  }
  const field = error.fields.map((f) => EVENT_FIELD.exec(`${f.path}.`)).find((m) => m !== null);
  return { kind: 'refused', index: field ? Number(field[1]) : null, reason: `${error.code}: ${error.message}` };
}

/** Delay before the n-th retry: doubling from 2 s, at most a minute. */
export function retryDelay(failures: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));
}

/**
 * Progress is written to the store first and leaves it only once the server answered 2xx, so a closed tab,
 * a dead battery or a lost connection loses nothing. Sending is single-flight and in order of creation;
 * the server dedupes by event id, so resending a batch whose answer was lost is harmless.
 */
export class ProgressOutbox {
  private userId: string | undefined;
  private state: OutboxState;
  private readonly listeners = new Set<() => void>();
  private flushing: Promise<void> | undefined;
  private again = false;
  private retryTimer: unknown;

  constructor(private readonly deps: OutboxDeps) {
    this.state = { pending: [], online: deps.isOnline(), failures: 0 };
  }

  getState = (): OutboxState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Starts syncing the user's queue (events of another account on this device wait for that account). */
  async start(userId: string): Promise<void> {
    this.userId = userId;
    await this.refresh();
    await this.flush();
  }

  stop(): void {
    this.userId = undefined;
    this.cancelRetry();
    this.update({ pending: [], failures: 0 });
  }

  /** Stores the event, then tries to send it. Resolves once it is stored, not sent. */
  async record(event: ProgressEvent): Promise<void> {
    const userId = this.userId;
    if (!userId) return;
    await this.deps.store.add(userId, event);
    await this.refresh();
    // While a retry is scheduled, new events wait for it rather than hammering a failing connection.
    if (this.retryTimer === undefined) void this.flush();
  }

  /** The browser says the connection is back (or gone). */
  setOnline(online: boolean): void {
    this.update({ online });
    if (online) {
      this.cancelRetry();
      this.update({ failures: 0 });
      void this.flush();
    }
  }

  /** Sends everything queued; concurrent calls share one run, and a call during a run runs again after it. */
  flush(): Promise<void> {
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    this.flushing = (async () => {
      try {
        do {
          this.again = false;
          await this.drain();
        } while (this.again);
      } finally {
        this.flushing = undefined;
      }
    })();
    return this.flushing;
  }

  private async drain(): Promise<void> {
    let limit = MAX_BATCH;
    for (;;) {
      const userId = this.userId;
      if (!userId || !this.state.online) return;
      const batch = await this.deps.store.oldest(userId, limit);
      if (batch.length === 0) return;
      this.cancelRetry();
      const outcome = await this.deps
        .send(batch.map((r) => r.event))
        .then((result): Outcome => ({ kind: 'stored', result }), classify);
      if (outcome.kind === 'later') {
        // The scheduled retry (or the `online` event) sends again; calls made meanwhile do not.
        this.again = false;
        const failures = this.state.failures + 1;
        this.update({ failures });
        this.retryTimer = this.deps.setTimer(() => void this.flush(), retryDelay(failures));
        return;
      }
      if (outcome.kind === 'stored') {
        await this.deps.store.remove(batch.map((r) => r.seq));
        limit = MAX_BATCH;
        this.update({ failures: 0 });
        await this.refresh();
        this.deps.onSynced(outcome.result);
        continue;
      }
      // Refused as invalid. The server names the event when it can; otherwise halve the batch to find it.
      const culprit =
        outcome.index !== null && outcome.index < batch.length
          ? batch[outcome.index]
          : batch.length === 1
            ? batch[0]
            : undefined;
      if (culprit) {
        await this.deps.store.remove([culprit.seq]);
        this.deps.onDropped(culprit.event, outcome.reason);
        await this.refresh();
      } else {
        limit = Math.ceil(batch.length / 2);
      }
    }
  }

  private async refresh(): Promise<void> {
    const userId = this.userId;
    const records = userId ? await this.deps.store.oldest(userId) : [];
    this.update({ pending: records.map((r) => r.event) });
  }

  private cancelRetry(): void {
    if (this.retryTimer !== undefined) this.deps.clearTimer(this.retryTimer);
    this.retryTimer = undefined;
  }

  private update(patch: Partial<OutboxState>): void {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((listener) => listener());
  }
}
