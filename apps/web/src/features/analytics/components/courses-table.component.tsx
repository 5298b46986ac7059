import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnalyticsBreakdown } from '@sen/contracts';
import { CaptionedTable } from '../../../app/ui/captioned-table.component';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { formatRate, rowStatus } from '../hooks/analytics-format';
import { RateCell, RowStatusText, statusColour } from './rate-cell.component';

/** Each course required in the unit's subtree, with its completion and pass figures. */
export function CoursesTable({ breakdown }: { breakdown: AnalyticsBreakdown }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (value: number) => formatNumber(value, locale);
  if (breakdown.courses.length === 0) return <EmptyList title={t('analytics.courses.none')} />;
  return (
    <CaptionedTable caption={t('analytics.courses.caption', { name: breakdown.unit.name })}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('analytics.columns.course')}</Table.Th>
          <Table.Th ta="right">{t('analytics.columns.required')}</Table.Th>
          <Table.Th ta="right">{t('analytics.columns.completed')}</Table.Th>
          <Table.Th>{t('analytics.columns.completionRate')}</Table.Th>
          <Table.Th ta="right">{t('analytics.columns.sat')}</Table.Th>
          <Table.Th ta="right">{t('analytics.columns.passed')}</Table.Th>
          <Table.Th ta="right">{t('analytics.columns.passRate')}</Table.Th>
          <Table.Th>{t('analytics.columns.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {breakdown.courses.map(({ course, indicators }) => (
          <Table.Tr key={course.id}>
            <Table.Th scope="row" fw={400}>
              {course.name}
            </Table.Th>
            <Table.Td ta="right">{n(indicators.required)}</Table.Td>
            <Table.Td ta="right">{n(indicators.completed)}</Table.Td>
            <Table.Td>
              <RateCell
                rate={indicators.completionRate}
                color={statusColour(rowStatus(indicators, breakdown.threshold))}
              />
            </Table.Td>
            <Table.Td ta="right">{n(indicators.sat)}</Table.Td>
            <Table.Td ta="right">{n(indicators.passed)}</Table.Td>
            <Table.Td ta="right">{formatRate(indicators.passRate, locale)}</Table.Td>
            <Table.Td>
              <RowStatusText indicators={indicators} threshold={breakdown.threshold} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </CaptionedTable>
  );
}
