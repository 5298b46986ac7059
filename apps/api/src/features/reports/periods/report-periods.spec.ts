import {
  demandPeriod,
  endedPeriod,
  isIsoDay,
  periodOfKey,
  periodReached,
  periodTitle,
  type CohortDates,
} from './report-periods';

/** The instant at which Vietnam's wall clock reads this (UTC+7). */
const vn = (wallClock: string): Date => new Date(`${wallClock}+07:00`);

describe('report periods', () => {
  const cohort: CohortDates = {
    id: '2f1c1e4e-7d3a-4a53-9c43-5b8f0f2b9a10',
    startsOn: '2026-09-07',
    endsOn: '2026-10-30',
  };

  it('monthly: the previous calendar month in Vietnam, whatever UTC says', () => {
    expect(endedPeriod('monthly', vn('2026-11-24T10:00:00'), null)).toEqual({
      key: '2026-10',
      start: '2026-10-01',
      end: '2026-10-31',
    });
    // 1 November 00:30 in Hà Nội is still 31 October in UTC: October has ended all the same.
    expect(endedPeriod('monthly', vn('2026-11-01T00:30:00'), null)?.key).toBe('2026-10');
    // 31 October 23:30 in Hà Nội: October is still running, September is the last ended month.
    expect(endedPeriod('monthly', vn('2026-10-31T23:30:00'), null)?.key).toBe('2026-09');
    expect(endedPeriod('monthly', vn('2027-01-01T08:00:00'), null)).toEqual({
      key: '2026-12',
      start: '2026-12-01',
      end: '2026-12-31',
    });
    expect(endedPeriod('monthly', vn('2028-03-05T08:00:00'), null)?.end).toBe('2028-02-29');
  });

  it('quarterly: the previous quarter, across the new year', () => {
    expect(endedPeriod('quarterly', vn('2026-10-01T00:05:00'), null)).toEqual({
      key: '2026-Q3',
      start: '2026-07-01',
      end: '2026-09-30',
    });
    expect(endedPeriod('quarterly', vn('2026-09-30T23:59:00'), null)?.key).toBe('2026-Q2');
    expect(endedPeriod('quarterly', vn('2027-02-10T09:00:00'), null)).toEqual({
      key: '2026-Q4',
      start: '2026-10-01',
      end: '2026-12-31',
    });
  });

  it("cohort end: the cohort's own dates once its last day is over; nothing while it runs", () => {
    expect(endedPeriod('cohort_end', vn('2026-10-31T00:01:00'), cohort)).toEqual({
      key: `cohort-${cohort.id}`,
      start: '2026-09-07',
      end: '2026-10-30',
    });
    expect(endedPeriod('cohort_end', vn('2026-10-30T23:59:00'), cohort)).toBeNull();
    expect(endedPeriod('cohort_end', vn('2026-12-01T00:00:00'), null)).toBeNull();
  });

  it('on demand: no calendar of its own; the same dates give the same key', () => {
    expect(endedPeriod('on_demand', vn('2026-11-24T10:00:00'), null)).toBeNull();
    expect(demandPeriod('2026-10-01', '2026-10-15')).toEqual({
      key: 'demand-2026-10-01-2026-10-15',
      start: '2026-10-01',
      end: '2026-10-15',
    });
    expect(demandPeriod('2026-10-01', '2026-10-15')).toEqual(demandPeriod('2026-10-01', '2026-10-15'));
    expect(() => demandPeriod('2026-10-15', '2026-10-01')).toThrow();
    expect(() => demandPeriod('2026-02-30', '2026-03-01')).toThrow();
  });

  it('reads every key back into the period it was made from, and nothing else', () => {
    for (const period of [
      endedPeriod('monthly', vn('2026-11-24T10:00:00'), null)!,
      endedPeriod('quarterly', vn('2026-11-24T10:00:00'), null)!,
      endedPeriod('cohort_end', vn('2026-11-24T10:00:00'), cohort)!,
      demandPeriod('2026-10-01', '2026-10-15'),
    ]) {
      expect(periodOfKey(period.key, cohort)).toEqual(period);
    }
    for (const key of [
      '2026-13',
      '2026-00',
      '2026-Q5',
      `cohort-${cohort.id}x`,
      'cohort-0a1b',
      'demand-2026-10-15-2026-10-01',
      'demand-2026-02-30-2026-03-01',
      'anything',
    ]) {
      expect(periodOfKey(key, cohort)).toBeNull();
    }
    expect(periodOfKey(`cohort-${cohort.id}`, null)).toBeNull();
  });

  it('a period may be asked for from its last day on (numbers as of now)', () => {
    const october = periodOfKey('2026-10', null)!;
    expect(periodReached(october, vn('2026-10-31T08:00:00'))).toBe(true);
    expect(periodReached(october, vn('2026-10-30T23:59:00'))).toBe(false);
  });

  it('names the period in the title as official documents do', () => {
    expect(periodTitle(periodOfKey('2026-10', null)!, null)).toBe('Tháng 10/2026');
    expect(periodTitle(periodOfKey('2026-Q3', null)!, null)).toBe('Quý III/2026');
    expect(periodTitle(periodOfKey(`cohort-${cohort.id}`, cohort)!, 'Tin học K1')).toBe(
      'Lớp Tin học K1 (07/09/2026 – 30/10/2026)',
    );
    expect(periodTitle(demandPeriod('2026-10-01', '2026-10-15'), null)).toBe('Từ ngày 01/10/2026 đến ngày 15/10/2026');
  });

  it('knows a calendar day from a date-shaped string', () => {
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('2026-02-29')).toBe(false);
    expect(isIsoDay('2026-1-01')).toBe(false);
  });
});
