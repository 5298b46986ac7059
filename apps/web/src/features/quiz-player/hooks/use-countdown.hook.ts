import { useEffect, useState } from 'react';
import { clockOffset, remainingMs, timerPhase, type TimerPhase } from './countdown';

export interface Countdown {
  remaining: number;
  phase: TimerPhase;
}

/**
 * Time left of a timed attempt, by the server's clock: the offset between the server's `serverNow` and
 * this device's clock when the answer arrived (`receivedAt`) is applied to every tick, so a phone set to
 * the wrong time still counts down correctly. Null for an untimed attempt.
 */
export function useCountdown(deadlineAt: string | null, serverNow: string, receivedAt: number): Countdown | null {
  const [now, setNow] = useState(receivedAt);
  useEffect(() => {
    if (deadlineAt === null) return;
    const tick = () => setNow(Date.now());
    // Four ticks a second keep the shown second close to the real one without a visible skip.
    const timer = window.setInterval(tick, 250);
    // A phone asleep in a pocket does not run timers: catch up the moment the page shows again.
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [deadlineAt]);
  if (deadlineAt === null) return null;
  const remaining = remainingMs(deadlineAt, clockOffset(serverNow, receivedAt), Math.max(now, receivedAt));
  return { remaining, phase: timerPhase(remaining) };
}
