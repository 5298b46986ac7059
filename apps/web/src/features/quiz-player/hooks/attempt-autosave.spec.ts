import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { SaveAnswersBody, SaveAnswersResult } from '@sen/contracts';
import { ApiRequestError } from '../../../app/api/api-request-error';
import { createAttemptStorage } from '../api/attempt-storage';
import { AttemptAutosave } from './attempt-autosave';

const ATTEMPT = '00000000-0000-4000-8000-0000000000aa';
const Q1 = '00000000-0000-4000-8000-000000000001';
const Q2 = '00000000-0000-4000-8000-000000000002';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

/** A server that stores the highest revision it is sent, like the API's saveAnswers. */
function fakeServer(revision = 0) {
  const state = { revision, answers: {} as SaveAnswersBody['answers'], calls: [] as SaveAnswersBody[] };
  let failure: Error | null = null;
  const save = jest.fn(async (body: SaveAnswersBody): Promise<SaveAnswersResult> => {
    state.calls.push(body);
    if (failure) throw failure;
    const applied = body.revision > state.revision;
    if (applied) Object.assign(state, { revision: body.revision, answers: body.answers });
    return { revision: state.revision, savedAt: new Date().toISOString(), applied };
  });
  return { state, save, fail: (error: Error | null) => (failure = error) };
}

async function settle(ms: number): Promise<void> {
  await jest.advanceTimersByTimeAsync(ms);
}

describe('AttemptAutosave', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  function make(server: ReturnType<typeof fakeServer>, revision = 0, onClosed = jest.fn()) {
    const raw = memoryStorage();
    const storage = createAttemptStorage(raw);
    const autosave = new AttemptAutosave({ state: { answers: {}, revision }, resend: false }, revision, {
      attemptId: ATTEMPT,
      save: server.save,
      storage,
      onClosed,
      online: true,
    });
    autosave.start();
    return { autosave, storage, raw };
  }

  it('keeps every change on the phone at once and sends the latest after a pause', async () => {
    const server = fakeServer();
    const { autosave, storage } = make(server);
    autosave.answer(Q1, { type: 'short_text', text: 'H' });
    autosave.answer(Q1, { type: 'short_text', text: 'Hà' });
    expect(storage.read(ATTEMPT)).toEqual({ revision: 2, answers: { [Q1]: { type: 'short_text', text: 'Hà' } } });
    expect(autosave.getSnapshot().status).toBe('saving');
    await settle(999);
    expect(server.save).not.toHaveBeenCalled();
    await settle(1);
    expect(server.state.calls).toEqual([{ revision: 2, answers: { [Q1]: { type: 'short_text', text: 'Hà' } } }]);
    expect(autosave.getSnapshot().status).toBe('saved');
  });

  it('is offline while the network fails, keeps the answers, and sends them when back', async () => {
    const server = fakeServer();
    const { autosave, storage } = make(server);
    server.fail(ApiRequestError.network(new Error('offline')));
    autosave.answer(Q1, { type: 'true_false', answer: true });
    await settle(1000);
    expect(autosave.getSnapshot().status).toBe('offline');
    autosave.answer(Q2, { type: 'true_false', answer: false });
    expect(storage.read(ATTEMPT)?.revision).toBe(2);
    server.fail(null);
    autosave.setOnline(true);
    await settle(0);
    expect(server.state).toMatchObject({ revision: 2 });
    expect(Object.keys(server.state.answers).sort()).toEqual([Q1, Q2]);
    expect(autosave.getSnapshot().status).toBe('saved');
  });

  it('retries by itself after a network error', async () => {
    const server = fakeServer();
    const { autosave } = make(server);
    server.fail(ApiRequestError.network(new Error('flaky')));
    autosave.answer(Q1, { type: 'true_false', answer: true });
    await settle(1000);
    server.fail(null);
    await settle(5000);
    expect(server.state.revision).toBe(1);
    expect(autosave.getSnapshot().status).toBe('saved');
  });

  it('goes above a newer revision saved elsewhere, so the answers on screen win', async () => {
    const server = fakeServer(5);
    const { autosave } = make(server, 0);
    autosave.answer(Q1, { type: 'true_false', answer: true });
    await settle(1000);
    await settle(10);
    expect(server.state.calls.map((c) => c.revision)).toEqual([1, 6]);
    expect(server.state.answers).toEqual({ [Q1]: { type: 'true_false', answer: true } });
    expect(autosave.getSnapshot()).toMatchObject({ status: 'saved', state: { revision: 6 } });
  });

  it('sends what the phone held beyond the server as soon as it starts', async () => {
    const server = fakeServer(2);
    const raw = memoryStorage();
    const answers = { [Q1]: { type: 'true_false' as const, answer: false } };
    const autosave = new AttemptAutosave({ state: { answers, revision: 3 }, resend: true }, 2, {
      attemptId: ATTEMPT,
      save: server.save,
      storage: createAttemptStorage(raw),
      onClosed: jest.fn(),
      online: true,
    });
    expect(autosave.getSnapshot().status).toBe('saving');
    autosave.start();
    await settle(0);
    expect(server.state).toMatchObject({ revision: 3, answers });
  });

  it('stops and reports when the server has closed the attempt', async () => {
    const server = fakeServer();
    const onClosed = jest.fn();
    const { autosave } = make(server, 0, onClosed);
    server.fail(new ApiRequestError(409, 'ATTEMPT_TIME_UP', 'Time is up'));
    autosave.answer(Q1, { type: 'true_false', answer: true });
    await settle(1000);
    expect(onClosed).toHaveBeenCalledTimes(1);
    autosave.answer(Q2, { type: 'true_false', answer: true });
    await settle(10_000);
    expect(server.save).toHaveBeenCalledTimes(1);
  });

  it('hands the latest answers to the submission, and forgets the phone copy when finished', async () => {
    const server = fakeServer();
    const { autosave, raw } = make(server);
    autosave.answer(Q1, { type: 'true_false', answer: true });
    expect(autosave.takeForSubmit()).toEqual({ revision: 1, answers: { [Q1]: { type: 'true_false', answer: true } } });
    await settle(5000);
    expect(server.save).not.toHaveBeenCalled();
    autosave.finish();
    expect(raw.items.size).toBe(0);
  });
});
