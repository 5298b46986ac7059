import { fromVietnamWallClock, vietnamDay, vietnamIsoDay, vietnamWallClock } from './vietnam-time';

describe('Vietnam time', () => {
  it('turns the day at 17:00 UTC, midnight in Vietnam', () => {
    expect(vietnamIsoDay(new Date('2026-11-24T16:59:59Z'))).toBe('2026-11-24');
    expect(vietnamIsoDay(new Date('2026-11-24T17:00:00Z'))).toBe('2026-11-25');
    expect(vietnamDay(new Date('2026-12-31T17:30:00Z'))).toEqual({ year: 2027, month: 1, day: 1 });
  });

  it('reads and writes the wall clock symmetrically', () => {
    const instant = new Date('2026-03-01T01:02:03Z');
    expect(vietnamWallClock(instant).toISOString()).toBe('2026-03-01T08:02:03.000Z');
    expect(fromVietnamWallClock(vietnamWallClock(instant))).toEqual(instant);
  });
});
