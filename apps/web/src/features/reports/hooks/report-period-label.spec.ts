import { describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';
import { formatShare, reportPeriodLabel } from './report-period-label';

// The keys and their values, as i18next would interpolate them.
const t = ((key: string, values: Record<string, string>) => `${key} ${JSON.stringify(values)}`) as unknown as TFunction;

describe('report period labels', () => {
  it('names a month in the language, whatever the time zone of the device', () => {
    expect(reportPeriodLabel(t, { key: '2026-10', start: '2026-10-01', end: '2026-10-31' }, null, 'en')).toBe(
      'October 2026',
    );
    expect(reportPeriodLabel(t, { key: '2026-01', start: '2026-01-01', end: '2026-01-31' }, null, 'vi')).toMatch(
      /1.*2026/,
    );
  });

  it('names a quarter, a cohort and a chosen period by their texts', () => {
    expect(reportPeriodLabel(t, { key: '2026-Q3', start: '2026-07-01', end: '2026-09-30' }, null, 'en')).toBe(
      'reportReceipt.period.quarter {"quarter":"3","year":"2026"}',
    );
    expect(reportPeriodLabel(t, { key: 'cohort-x', start: '2026-09-07', end: '2026-10-30' }, 'Tin học K1', 'en')).toBe(
      'reportReceipt.period.cohort {"name":"Tin học K1","from":"7 Sept 2026","to":"30 Oct 2026"}',
    );
    expect(
      reportPeriodLabel(t, { key: 'demand-2026-10-01-2026-10-15', start: '2026-10-01', end: '2026-10-15' }, null, 'en'),
    ).toBe('reportReceipt.period.range {"from":"1 Oct 2026","to":"15 Oct 2026"}');
  });

  it('writes shares as percentages, a dash for none', () => {
    expect(formatShare(5 / 6, 'en')).toBe('83.3%');
    expect(formatShare(null, 'vi')).toBe('—');
  });
});
