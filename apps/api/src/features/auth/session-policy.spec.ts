import { lockAfterFailure, sessionExpiry } from './session-policy';

describe('session policy', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  const idle = 30 * 60_000;

  it('keeps a session seen recently and not past its absolute expiry', () => {
    expect(
      sessionExpiry(
        { expiresAt: new Date('2026-11-23T12:00:00Z'), lastSeenAt: new Date('2026-11-23T09:45:00Z') },
        now,
        idle,
      ),
    ).toBeNull();
  });

  it('ends a session idle for the whole idle window', () => {
    expect(
      sessionExpiry(
        { expiresAt: new Date('2026-11-23T12:00:00Z'), lastSeenAt: new Date('2026-11-23T09:30:00Z') },
        now,
        idle,
      ),
    ).toBe('idle');
  });

  it('ends a busy session at its absolute expiry', () => {
    expect(sessionExpiry({ expiresAt: now, lastSeenAt: now }, now, idle)).toBe('absolute');
  });

  it('locks on the failure that reaches the limit, not before', () => {
    expect(lockAfterFailure(3, 5, now, 60_000)).toBeNull();
    expect(lockAfterFailure(4, 5, now, 60_000)).toEqual(new Date('2026-11-23T10:01:00Z'));
  });
});
