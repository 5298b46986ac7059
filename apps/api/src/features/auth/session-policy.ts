/** Why a stored session no longer opens the door, or null when it still does. */
export function sessionExpiry(
  session: { expiresAt: Date; lastSeenAt: Date },
  now: Date,
  idleMs: number,
): 'absolute' | 'idle' | null {
  if (now.getTime() >= session.expiresAt.getTime()) return 'absolute';
  if (now.getTime() - session.lastSeenAt.getTime() >= idleMs) return 'idle';
  return null;
}

/** Writes of last_seen_at are throttled; the idle window is long compared with this. */
export const TOUCH_INTERVAL_MS = 30_000;

/** After a failure, whether the account locks now: the count includes this failure. */
export function lockAfterFailure(failuresBefore: number, maxFailures: number, now: Date, lockMs: number): Date | null {
  return failuresBefore + 1 >= maxFailures ? new Date(now.getTime() + lockMs) : null;
}
