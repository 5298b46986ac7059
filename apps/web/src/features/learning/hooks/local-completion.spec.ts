import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { ProgressEvent, ProgressKind } from '@sen/contracts';
import { locallyCompleted, meetsRule } from './local-completion';
import { shouldReport } from './report-throttle';

const ENROLMENT = randomUUID();
const at = '2026-01-01T00:00:00.000Z';
const ev = (lessonId: string, kind: ProgressKind, value?: number, enrolmentId = ENROLMENT): ProgressEvent => ({
  id: randomUUID(),
  enrolmentId,
  lessonId,
  kind,
  value,
  occurredAt: at,
});

describe('meetsRule', () => {
  const lesson = randomUUID();
  it('needs 95 % scrolled to read to the end', () => {
    expect(meetsRule('read_to_end', [ev(lesson, 'scrolled', 0.94)])).toBe(false);
    expect(meetsRule('read_to_end', [ev(lesson, 'scrolled', 0.94), ev(lesson, 'scrolled', 0.95)])).toBe(true);
  });
  it('needs the done mark, not scrolling, when the lesson is marked done', () => {
    expect(meetsRule('marked_done', [ev(lesson, 'scrolled', 1)])).toBe(false);
    expect(meetsRule('marked_done', [ev(lesson, 'done')])).toBe(true);
  });
  it('needs 90 % of a video watched', () => {
    expect(meetsRule('video_watched', [ev(lesson, 'video', 0.89), ev(lesson, 'scrolled', 1)])).toBe(false);
    expect(meetsRule('video_watched', [ev(lesson, 'video', 0.9)])).toBe(true);
  });
  it('counts any event as opened', () => {
    expect(meetsRule('opened', [])).toBe(false);
    expect(meetsRule('opened', [ev(lesson, 'opened')])).toBe(true);
  });
});

describe('locallyCompleted', () => {
  it('applies each lesson’s own rule to the queued events of this enrolment only', () => {
    const [read, marked, other] = [randomUUID(), randomUUID(), randomUUID()];
    const rules = new Map([
      [read, 'read_to_end' as const],
      [marked, 'marked_done' as const],
      [other, 'opened' as const],
    ]);
    const pending = [ev(read, 'scrolled', 1), ev(marked, 'scrolled', 1), ev(other, 'opened', undefined, randomUUID())];
    expect([...locallyCompleted(pending, ENROLMENT, rules)]).toEqual([read]);
  });
});

describe('shouldReport', () => {
  it('reports the first progress, then only real gains at most every 3 s', () => {
    expect(shouldReport(null, 0.1, 0, 0.95)).toBe(true);
    const last = { value: 0.1, at: 0 };
    expect(shouldReport(last, 0.5, 1_000, 0.95)).toBe(false);
    expect(shouldReport(last, 0.12, 5_000, 0.95)).toBe(false);
    expect(shouldReport(last, 0.5, 3_000, 0.95)).toBe(true);
    expect(shouldReport(last, 0.05, 9_000, 0.95)).toBe(false);
  });
  it('reports crossing the completion threshold at once', () => {
    expect(shouldReport({ value: 0.9, at: 0 }, 0.96, 10, 0.95)).toBe(true);
    expect(shouldReport({ value: 0.96, at: 0 }, 0.99, 10, 0.95)).toBe(false);
  });
});
