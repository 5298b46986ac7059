import { lazy, Suspense } from 'react';
import { Skeleton, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnalyticsTrend } from '@sen/contracts';
import { CaptionedTable } from '../../../app/ui/captioned-table.component';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { QueryError } from '../../../app/ui/query-error.component';
import { formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import type { AnalyticsParams } from '../api/analytics.keys';
import { formatDay, formatRate } from '../hooks/analytics-format';
import { useAnalyticsTrendQuery } from '../hooks/use-analytics';

// The chart library is most of the dashboard's weight: the figures show while it loads.
const TrendChart = lazy(() => import('./trend-chart.component').then((module) => ({ default: module.TrendChart })));

interface TrendPanelProps {
  unitId: string;
  unitName: string;
  params: AnalyticsParams;
}

/** The unit's figures over the period: a line chart to show, and its numbers as a table to read. */
export function TrendPanel({ unitId, unitName, params }: TrendPanelProps) {
  const trend = useAnalyticsTrendQuery(unitId, params, true);
  if (trend.isPending) return <ListSkeleton rows={4} />;
  if (trend.isError) return <QueryError error={trend.error} onRetry={() => void trend.refetch()} />;
  return (
    <div aria-busy={trend.isFetching}>
      <TrendView trend={trend.data} unitName={unitName} />
    </div>
  );
}

function TrendView({ trend, unitName }: { trend: AnalyticsTrend; unitName: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (value: number) => formatNumber(value, locale);
  if (trend.points.length === 0) return <EmptyList title={t('analytics.charts.trend.empty')} />;

  return (
    <Stack>
      <Suspense fallback={<Skeleton height={420} radius="md" aria-hidden />}>
        <TrendChart trend={trend} unitName={unitName} />
      </Suspense>
      <CaptionedTable caption={t('analytics.charts.trend.tableCaption')} hover={false}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('analytics.columns.date')}</Table.Th>
            <Table.Th ta="right">{t('analytics.columns.required')}</Table.Th>
            <Table.Th ta="right">{t('analytics.columns.completed')}</Table.Th>
            <Table.Th ta="right">{t('analytics.columns.completionRate')}</Table.Th>
            <Table.Th ta="right">{t('analytics.columns.sat')}</Table.Th>
            <Table.Th ta="right">{t('analytics.columns.passed')}</Table.Th>
            <Table.Th ta="right">{t('analytics.columns.passRate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {trend.points.map((point) => (
            <Table.Tr key={point.date}>
              <Table.Th scope="row" fw={400}>
                {formatDay(point.date, locale)}
              </Table.Th>
              <Table.Td ta="right">{n(point.required)}</Table.Td>
              <Table.Td ta="right">{n(point.completed)}</Table.Td>
              <Table.Td ta="right">{formatRate(point.completionRate, locale)}</Table.Td>
              <Table.Td ta="right">{n(point.sat)}</Table.Td>
              <Table.Td ta="right">{n(point.passed)}</Table.Td>
              <Table.Td ta="right">{formatRate(point.passRate, locale)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </CaptionedTable>
    </Stack>
  );
}
