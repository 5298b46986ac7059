import { aggregateLesson, type StoredEvent } from './lesson-completion';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 8, minute));
const event = (
  kind: StoredEvent['kind'],
  minute: number,
  value: number | null = null,
  position: StoredEvent['position'] = null,
): StoredEvent => ({
  kind,
  value,
  position,
  occurredAt: at(minute),
});

describe('aggregateLesson', () => {
  it('completes an "opened" lesson at its first event', () => {
    expect(aggregateLesson('opened', [event('opened', 3), event('opened', 1)]).completedAt).toEqual(at(1));
  });

  it('completes "read to end" only from 95 % scrolled, at the event that reached it', () => {
    const events = [
      event('opened', 0),
      event('scrolled', 2, 0.5),
      event('scrolled', 5, 0.96),
      event('scrolled', 4, 0.94),
    ];
    const result = aggregateLesson('read_to_end', events);
    expect(result.maxScroll).toBeCloseTo(0.96);
    expect(result.completedAt).toEqual(at(5));
    expect(aggregateLesson('read_to_end', events.slice(0, 2)).completedAt).toBeNull();
  });

  it('completes a video lesson from 90 % watched, and not by scrolling or marking', () => {
    expect(aggregateLesson('video_watched', [event('scrolled', 1, 1), event('done', 2)]).completedAt).toBeNull();
    expect(aggregateLesson('video_watched', [event('video', 1, 0.89)]).completedAt).toBeNull();
    expect(aggregateLesson('video_watched', [event('video', 1, 0.9)]).completedAt).toEqual(at(1));
  });

  it('completes "marked done" only when marked', () => {
    expect(aggregateLesson('marked_done', [event('scrolled', 1, 1)]).completedAt).toBeNull();
    expect(aggregateLesson('marked_done', [event('done', 7)]).completedAt).toEqual(at(7));
  });

  it('gives the same result whatever the order and however often an event repeats', () => {
    const events = [
      event('opened', 0),
      event('scrolled', 3, 0.97, { scroll: 0.97 }),
      event('scrolled', 1, 0.3, { scroll: 0.3 }),
    ];
    const once = aggregateLesson('read_to_end', events);
    const shuffledTwice = aggregateLesson('read_to_end', [...events, ...events].reverse());
    expect(shuffledTwice).toEqual(once);
  });

  it('resumes at the position of the latest event that carried one', () => {
    const result = aggregateLesson('read_to_end', [
      event('scrolled', 1, 0.2, { scroll: 0.2 }),
      event('opened', 9),
      event('scrolled', 4, 0.6, { scroll: 0.6 }),
    ]);
    expect(result.resume).toEqual({ scroll: 0.6 });
  });
});
