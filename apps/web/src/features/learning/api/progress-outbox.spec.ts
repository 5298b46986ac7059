import { describe, expect, it } from '@jest/globals';
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import type { ProgressBatchResult, ProgressEvent } from '@sen/contracts';
import { ApiRequestError } from '../../../app/api/api-request-error';
import { createIndexedDbOutboxStore } from './indexeddb-outbox-store';
import { MAX_BATCH, ProgressOutbox, retryDelay, type OutboxDeps } from './progress-outbox';

const USER = randomUUID();
const ENROLMENT = randomUUID();
const LESSON = randomUUID();

function event(n: number): ProgressEvent {
  return {
    id: randomUUID(),
    enrolmentId: ENROLMENT,
    lessonId: LESSON,
    kind: 'scrolled',
    value: Math.min(1, n / 1000),
    occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
  };
}

const stored = (events: ProgressEvent[]): ProgressBatchResult => ({
  accepted: events.length,
  duplicates: 0,
  ignored: 0,
  lessons: [],
  completedEnrolments: [],
});

function refusal(index: number | null): ApiRequestError {
  const fields =
    index === null ? [] : [{ path: `body.events.${index}.lessonId`, code: 'LESSON_NOT_IN_COURSE', message: 'x' }];
  return new ApiRequestError(422, 'LESSON_NOT_IN_COURSE', 'not in course', undefined, fields);
}

interface Harness {
  outbox: ProgressOutbox;
  sent: ProgressEvent[][];
  dropped: ProgressEvent[];
  timers: { run: () => void; ms: number }[];
  answers: ((events: ProgressEvent[]) => Promise<ProgressBatchResult>)[];
  setOnline: (online: boolean) => void;
}

function harness(): Harness {
  // A fresh, empty fake IndexedDB per test.
  globalThis.indexedDB = new IDBFactory();
  const h: Harness = {
    outbox: undefined as unknown as ProgressOutbox,
    sent: [],
    dropped: [],
    timers: [],
    answers: [],
    setOnline: () => undefined,
  };
  let online = true;
  const deps: OutboxDeps = {
    store: createIndexedDbOutboxStore(),
    send: (events) => {
      h.sent.push(events);
      const answer = h.answers.shift();
      return answer ? answer(events) : Promise.resolve(stored(events));
    },
    isOnline: () => online,
    onSynced: () => undefined,
    onDropped: (e) => h.dropped.push(e),
    setTimer: (run, ms) => h.timers.push({ run, ms }),
    clearTimer: () => undefined,
  };
  h.outbox = new ProgressOutbox(deps);
  h.setOnline = (value) => {
    online = value;
    h.outbox.setOnline(value);
  };
  return h;
}

describe('ProgressOutbox', () => {
  it('stores events before sending and removes them only after a 2xx', async () => {
    const h = harness();
    await h.outbox.start(USER);
    h.setOnline(false);
    const first = event(1);
    await h.outbox.record(first);
    expect(h.sent).toHaveLength(0);
    expect(h.outbox.getState().pending).toEqual([first]);

    h.setOnline(true);
    await h.outbox.flush();
    expect(h.sent).toEqual([[first]]);
    expect(h.outbox.getState().pending).toEqual([]);
  });

  it('sends in order of creation, at most 200 per batch', async () => {
    const h = harness();
    await h.outbox.start(USER);
    h.setOnline(false);
    const events = Array.from({ length: MAX_BATCH + 5 }, (_, n) => event(n));
    for (const e of events) await h.outbox.record(e);
    h.setOnline(true);
    await h.outbox.flush();
    expect(h.sent.map((b) => b.length)).toEqual([MAX_BATCH, 5]);
    expect(h.sent.flat().map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  it('keeps the events on a network failure or a 5xx and retries with growing delays', async () => {
    const h = harness();
    await h.outbox.start(USER);
    h.answers.push(
      () => Promise.reject(ApiRequestError.network(new TypeError('Failed to fetch'))),
      () => Promise.reject(new ApiRequestError(503, 'INTERNAL', 'down')),
    );
    const e = event(1);
    await h.outbox.record(e);
    await h.outbox.flush();
    expect(h.outbox.getState().pending).toEqual([e]);
    expect(h.timers.map((t) => t.ms)).toEqual([retryDelay(1)]);

    h.timers.shift()!.run();
    await h.outbox.flush();
    expect(h.timers.map((t) => t.ms)).toEqual([retryDelay(2)]);
    expect(retryDelay(2)).toBeGreaterThan(retryDelay(1));
    expect(h.outbox.getState().pending).toEqual([e]);

    h.timers.shift()!.run();
    await h.outbox.flush();
    expect(h.outbox.getState().pending).toEqual([]);
    // The same event went out three times: the server dedupes by its id.
    expect(h.sent.map((b) => b[0].id)).toEqual([e.id, e.id, e.id]);
  });

  it('waits for the connection while the session has ended (401), never dropping', async () => {
    const h = harness();
    await h.outbox.start(USER);
    h.answers.push(() => Promise.reject(new ApiRequestError(401, 'UNAUTHENTICATED', 'signed out')));
    await h.outbox.record(event(1));
    await h.outbox.flush();
    expect(h.dropped).toEqual([]);
    expect(h.outbox.getState().pending).toHaveLength(1);
  });

  it('drops the event the server names as invalid and sends the rest', async () => {
    const h = harness();
    await h.outbox.start(USER);
    h.setOnline(false);
    const [a, bad, c] = [event(1), event(2), event(3)];
    for (const e of [a, bad, c]) await h.outbox.record(e);
    h.answers.push(() => Promise.reject(refusal(1)));
    h.setOnline(true);
    await h.outbox.flush();
    expect(h.dropped).toEqual([bad]);
    expect(h.sent.at(-1)).toEqual([a, c]);
    expect(h.outbox.getState().pending).toEqual([]);
  });

  it('halves a refused batch that names no event until it finds the bad one', async () => {
    const h = harness();
    await h.outbox.start(USER);
    h.setOnline(false);
    const events = [event(1), event(2), event(3), event(4)];
    for (const e of events) await h.outbox.record(e);
    const bad = events[2];
    const refuseIfBad = (batch: ProgressEvent[]) =>
      batch.some((e) => e.id === bad.id) ? Promise.reject(refusal(null)) : Promise.resolve(stored(batch));
    h.answers.push(refuseIfBad, refuseIfBad, refuseIfBad, refuseIfBad, refuseIfBad, refuseIfBad);
    h.setOnline(true);
    await h.outbox.flush();
    expect(h.dropped).toEqual([bad]);
    expect(h.outbox.getState().pending).toEqual([]);
    const delivered = h.sent.filter((b) => !b.some((e) => e.id === bad.id)).flat();
    expect(delivered.map((e) => e.id)).toEqual([events[0].id, events[1].id, events[3].id]);
  });

  it('syncs only the signed-in account’s events', async () => {
    const h = harness();
    await h.outbox.start(USER);
    h.setOnline(false);
    const mine = event(1);
    await h.outbox.record(mine);
    h.outbox.stop();
    const other = randomUUID();
    await h.outbox.start(other);
    h.setOnline(true);
    await h.outbox.flush();
    expect(h.sent).toEqual([]);
    h.outbox.stop();
    await h.outbox.start(USER);
    expect(h.sent).toEqual([[mine]]);
  });
});
