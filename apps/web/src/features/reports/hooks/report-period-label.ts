import type { TFunction } from 'i18next';
import type { Locale, ReportPeriod } from '@sen/contracts';
import { intlLocale } from '../../../i18n/format';

/** A calendar day (`YYYY-MM-DD`) in the reader's language, read as the day itself whatever the device's zone. */
function day(isoDay: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'UTC', dateStyle: 'medium' }).format(
    new Date(`${isoDay}T00:00:00Z`),
  );
}

/**
 * How a report's period reads: "tháng 10 năm 2026" / "October 2026" for a month, "Quý 3/2026" for a quarter, a
 * cohort by its name and dates, a chosen period by its dates. Shared by the staff screens and the recipient's page.
 */
export function reportPeriodLabel(t: TFunction, period: ReportPeriod, cohortName: string | null, locale: Locale) {
  const month = /^(\d{4})-(\d{2})$/.exec(period.key);
  if (month) {
    return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(
      new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)),
    );
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period.key);
  if (quarter) return t('reportReceipt.period.quarter', { quarter: quarter[2], year: quarter[1] });
  const from = day(period.start, locale);
  const to = day(period.end, locale);
  if (period.key.startsWith('cohort-') && cohortName) {
    return t('reportReceipt.period.cohort', { name: cohortName, from, to });
  }
  return t('reportReceipt.period.range', { from, to });
}

/** A share (0–1) as a percentage with one decimal in the reader's language; a dash when nobody was counted. */
export function formatShare(value: number | null, locale: Locale): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 1 }).format(value);
}
