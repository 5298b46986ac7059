import { describe, expect, it } from '@jest/globals';
import { clockOffset, formatRemaining, remainingMs, timerPhase } from './countdown';

describe('countdown', () => {
  it('counts from the server clock even when the phone clock is wrong', () => {
    const serverNow = '2026-11-23T08:00:00.000Z';
    const deadline = '2026-11-23T08:15:00.000Z';
    // The phone is 7 minutes behind.
    const phoneAtLoad = Date.parse(serverNow) - 7 * 60_000;
    const offset = clockOffset(serverNow, phoneAtLoad);
    expect(remainingMs(deadline, offset, phoneAtLoad)).toBe(15 * 60_000);
    expect(remainingMs(deadline, offset, phoneAtLoad + 60_000)).toBe(14 * 60_000);
    expect(remainingMs(deadline, offset, phoneAtLoad + 20 * 60_000)).toBe(0);
  });

  it('warns in the last minute and is over at zero', () => {
    expect(timerPhase(60_001)).toBe('running');
    expect(timerPhase(60_000)).toBe('warning');
    expect(timerPhase(1)).toBe('warning');
    expect(timerPhase(0)).toBe('over');
  });

  it('shows minutes and seconds, hours when needed, rounding up', () => {
    expect(formatRemaining(15 * 60_000)).toBe('15:00');
    expect(formatRemaining(59_001)).toBe('01:00');
    expect(formatRemaining(500)).toBe('00:01');
    expect(formatRemaining(0)).toBe('00:00');
    expect(formatRemaining(3_729_000)).toBe('1:02:09');
    expect(formatRemaining(-5)).toBe('00:00');
  });
});
