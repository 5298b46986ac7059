/** A reading or watching position as last reported. */
export interface Reported {
  /** The furthest fraction reached, 0–1. */
  value: number;
  at: number;
}

const MIN_INTERVAL_MS = 3_000;
const MIN_GAIN = 0.05;

/**
 * Whether a new furthest fraction is worth an event: at once when it crosses the completion threshold
 * (so the tick appears without delay), otherwise only for a real gain and not more than every 3 s, so a
 * long lesson read on a phone yields a few dozen events, not thousands.
 */
export function shouldReport(last: Reported | null, value: number, at: number, threshold: number): boolean {
  if (!last) return value > 0;
  if (value <= last.value) return false;
  if (value >= threshold && last.value < threshold) return true;
  return value - last.value >= MIN_GAIN && at - last.at >= MIN_INTERVAL_MS;
}
