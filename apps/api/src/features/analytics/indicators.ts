import type { Indicators } from '@sen/contracts';

/** The four counts every view sums; rates are derived from them, never stored. */
export interface Counters {
  required: number;
  completed: number;
  sat: number;
  passed: number;
}

export const ZERO: Counters = { required: 0, completed: 0, sat: 0, passed: 0 };

export function addCounters(a: Counters, b: Counters): Counters {
  return {
    required: a.required + b.required,
    completed: a.completed + b.completed,
    sat: a.sat + b.sat,
    passed: a.passed + b.passed,
  };
}

export function subtractCounters(a: Counters, b: Counters): Counters {
  return {
    required: a.required - b.required,
    completed: a.completed - b.completed,
    sat: a.sat - b.sat,
    passed: a.passed - b.passed,
  };
}

export function sumCounters(rows: Iterable<Counters>): Counters {
  let total = ZERO;
  for (const row of rows) total = addCounters(total, row);
  return total;
}

/** A share, or null when there is nobody to divide by (a rate of 0 % would claim a failure). */
function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export function toIndicators(c: Counters): Indicators {
  return {
    required: c.required,
    completed: c.completed,
    completionRate: share(c.completed, c.required),
    sat: c.sat,
    passed: c.passed,
    passRate: share(c.passed, c.sat),
  };
}

/** Lagging: someone is required and fewer than `thresholdPercent` of them completed. */
export function isLagging(c: Counters, thresholdPercent: number): boolean {
  return c.required > 0 && c.completed * 100 < thresholdPercent * c.required;
}
