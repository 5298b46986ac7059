/** When the timer turns red and is announced. */
export const WARNING_MS = 60_000;

/**
 * How far the server's clock is ahead of this device's (negative: behind). Measured when an answer
 * arrives, so a phone whose clock is wrong still counts down the server's time.
 */
export function clockOffset(serverNowIso: string, receivedAtMs: number): number {
  return Date.parse(serverNowIso) - receivedAtMs;
}

/** Time left until the deadline, by the server's clock; never below zero. */
export function remainingMs(deadlineIso: string, offsetMs: number, deviceNowMs: number): number {
  return Math.max(0, Date.parse(deadlineIso) - (deviceNowMs + offsetMs));
}

export type TimerPhase = 'running' | 'warning' | 'over';

export function timerPhase(remaining: number): TimerPhase {
  if (remaining <= 0) return 'over';
  return remaining <= WARNING_MS ? 'warning' : 'running';
}

/** "14:05", or "1:02:09" from an hour; whole seconds rounded up, so 0:00 shows only when time is up. */
export function formatRemaining(remaining: number): string {
  const total = Math.ceil(Math.max(0, remaining) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}
