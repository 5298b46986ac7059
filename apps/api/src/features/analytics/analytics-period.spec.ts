import { addDays, granularityFor, quarterStart, trendDates } from './analytics-period';

describe('analytics periods', () => {
  it('starts a period at its quarter', () => {
    expect(quarterStart('2026-11-24')).toBe('2026-10-01');
    expect(quarterStart('2026-01-01')).toBe('2026-01-01');
    expect(quarterStart('2026-06-30')).toBe('2026-04-01');
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('picks days, weeks or months by the span', () => {
    expect(granularityFor('2026-11-01', '2026-11-30')).toBe('day');
    expect(granularityFor('2026-10-01', '2026-11-24')).toBe('week');
    expect(granularityFor('2026-01-01', '2026-11-24')).toBe('month');
  });

  it('puts trend points on Sundays or month ends and always ends on the last day', () => {
    expect(trendDates('2026-11-20', '2026-11-24', 'day')).toEqual([
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
    ]);
    // 2026-11-01 and 2026-11-08 are Sundays.
    expect(trendDates('2026-10-30', '2026-11-10', 'week')).toEqual(['2026-11-01', '2026-11-08', '2026-11-10']);
    expect(trendDates('2026-09-15', '2026-11-24', 'month')).toEqual(['2026-09-30', '2026-10-31', '2026-11-24']);
    expect(trendDates('2026-11-24', '2026-11-24', 'day')).toEqual(['2026-11-24']);
  });
});
