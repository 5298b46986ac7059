import { cohortEndRunAt, nextRunAt, scheduleTrigger } from './schedule-trigger';

const NOW = new Date('2026-11-24T03:00:00Z'); // 10:00 on 24 Nov 2026 in Vietnam
const TZ = 'Asia/Ho_Chi_Minh';

describe('scheduleTrigger', () => {
  it('runs monthly at 06:00 on the 1st and quarterly at 06:00 on 1 Jan/Apr/Jul/Oct, Vietnam time', () => {
    expect(scheduleTrigger({ kind: 'monthly', enabled: true }, null, NOW)).toEqual({ pattern: '0 6 1 * *', tz: TZ });
    expect(scheduleTrigger({ kind: 'quarterly', enabled: true }, null, NOW)).toEqual({
      pattern: '0 6 1 1,4,7,10 *',
      tz: TZ,
    });
  });

  it('runs an end-of-cohort schedule once, at 06:00 the morning after the last day', () => {
    expect(scheduleTrigger({ kind: 'cohort_end', enabled: true }, { endsOn: '2026-12-20' }, NOW)).toEqual({
      delayUntil: new Date('2026-12-20T23:00:00Z'),
    });
    // The last day of a month and of a year roll over.
    expect(cohortEndRunAt('2026-12-31')).toEqual(new Date('2026-12-31T23:00:00Z'));
    expect(cohortEndRunAt('2028-02-28')).toEqual(new Date('2028-02-28T23:00:00Z'));
  });

  it('schedules nothing once the cohort’s moment has passed, or without a cohort', () => {
    expect(scheduleTrigger({ kind: 'cohort_end', enabled: true }, { endsOn: '2026-11-23' }, NOW)).toBeNull();
    // 06:00 on 24 Nov is 23:00 UTC on the 23rd: exactly now is no longer ahead.
    expect(
      scheduleTrigger(
        { kind: 'cohort_end', enabled: true },
        { endsOn: '2026-11-23' },
        new Date('2026-11-23T23:00:00Z'),
      ),
    ).toBeNull();
    expect(
      scheduleTrigger(
        { kind: 'cohort_end', enabled: true },
        { endsOn: '2026-11-23' },
        new Date('2026-11-23T22:59:59Z'),
      ),
    ).toEqual({ delayUntil: new Date('2026-11-23T23:00:00Z') });
    expect(scheduleTrigger({ kind: 'cohort_end', enabled: true }, null, NOW)).toBeNull();
  });

  it('schedules nothing on demand or while disabled', () => {
    expect(scheduleTrigger({ kind: 'on_demand', enabled: true }, null, NOW)).toBeNull();
    for (const kind of ['monthly', 'quarterly', 'on_demand'] as const) {
      expect(scheduleTrigger({ kind, enabled: false }, null, NOW)).toBeNull();
    }
    expect(scheduleTrigger({ kind: 'cohort_end', enabled: false }, { endsOn: '2030-01-01' }, NOW)).toBeNull();
  });
});

describe('nextRunAt', () => {
  const monthly = scheduleTrigger({ kind: 'monthly', enabled: true }, null);
  const quarterly = scheduleTrigger({ kind: 'quarterly', enabled: true }, null);

  it('is the next 1st of a month at 06:00 in Vietnam', () => {
    expect(nextRunAt(monthly, NOW)).toEqual(new Date('2026-11-30T23:00:00Z'));
    // 05:59 on 1 Dec in Vietnam: today's run is still ahead; at 06:00 it is the next month's.
    expect(nextRunAt(monthly, new Date('2026-11-30T22:59:00Z'))).toEqual(new Date('2026-11-30T23:00:00Z'));
    expect(nextRunAt(monthly, new Date('2026-11-30T23:00:00Z'))).toEqual(new Date('2026-12-31T23:00:00Z'));
  });

  it('is the next quarter’s first morning, across the new year', () => {
    expect(nextRunAt(quarterly, NOW)).toEqual(new Date('2026-12-31T23:00:00Z'));
    expect(nextRunAt(quarterly, new Date('2027-01-01T00:00:00Z'))).toEqual(new Date('2027-03-31T23:00:00Z'));
    expect(nextRunAt(quarterly, new Date('2027-02-10T00:00:00Z'))).toEqual(new Date('2027-03-31T23:00:00Z'));
  });

  it('is the one-off moment of a cohort, and nothing without a trigger', () => {
    expect(nextRunAt({ delayUntil: new Date('2027-01-05T23:00:00Z') }, NOW)).toEqual(new Date('2027-01-05T23:00:00Z'));
    expect(nextRunAt(null, NOW)).toBeNull();
  });
});
