import { isLagging, toIndicators } from './indicators';

describe('indicators', () => {
  it('divides by the people required, and gives no rate when nobody is', () => {
    expect(toIndicators({ required: 8, completed: 2, sat: 4, passed: 3 })).toEqual({
      required: 8,
      completed: 2,
      completionRate: 0.25,
      sat: 4,
      passed: 3,
      passRate: 0.75,
    });
    expect(toIndicators({ required: 0, completed: 0, sat: 0, passed: 0 })).toMatchObject({
      completionRate: null,
      passRate: null,
    });
  });

  it('flags a unit below the threshold in exact arithmetic', () => {
    // 4 of 5 is exactly 80 %: not lagging at 80, lagging at 81.
    expect(isLagging({ required: 5, completed: 4, sat: 0, passed: 0 }, 80)).toBe(false);
    expect(isLagging({ required: 5, completed: 4, sat: 0, passed: 0 }, 81)).toBe(true);
    expect(isLagging({ required: 0, completed: 0, sat: 0, passed: 0 }, 80)).toBe(false);
  });
});
