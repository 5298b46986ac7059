import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnalyticsTrend } from '@sen/contracts';
import { CaptionedTable } from '../../../app/ui/captioned-table.component';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { QueryError } from '../../../app/ui/query-error.component';
import { formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import type { AnalyticsParams } from '../api/analytics.keys';
import { chartFileName, formatDay, formatRate, ratePercent } from '../hooks/analytics-format';
import { useAnalyticsTrendQuery } from '../hooks/use-analytics';
import { ChartFrame } from './chart-frame.component';

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

const SERIES = {
  completionRate: 'blue.6',
  completed: 'teal.6',
  required: 'gray.6',
} as const;

function cssColour(colour: string): string {
  const [name, shade] = colour.split('.');
  return `var(--mantine-color-${name}-${shade})`;
}

function TrendView({ trend, unitName }: { trend: AnalyticsTrend; unitName: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (value: number) => formatNumber(value, locale);
  const { points } = trend;
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return <EmptyList title={t('analytics.charts.trend.empty')} />;

  const title = t('analytics.charts.trend.title', { name: unitName });
  const data = points.map((point) => ({
    date: formatDay(point.date, locale, 'short'),
    completionRate: point.completionRate === null ? null : ratePercent(point.completionRate),
    completed: point.completed,
    required: point.required,
  }));
  const labels = {
    completionRate: t('analytics.charts.trend.completionRate'),
    completed: t('analytics.charts.trend.completed'),
    required: t('analytics.charts.trend.required'),
  };

  return (
    <Stack>
      <ChartFrame
        title={title}
        description={t('analytics.charts.trend.description', {
          from: formatDay(first.date, locale),
          to: formatDay(last.date, locale),
          firstRate: formatRate(first.completionRate, locale),
          lastRate: formatRate(last.completionRate, locale),
          firstCompleted: n(first.completed),
          lastCompleted: n(last.completed),
        })}
        fileName={chartFileName(title, last.date)}
        legend={(Object.keys(SERIES) as (keyof typeof SERIES)[]).map((key) => ({
          label: labels[key],
          colour: cssColour(SERIES[key]),
        }))}
      >
        <LineChart
          h={320}
          data={data}
          dataKey="date"
          series={[
            { name: 'completionRate', label: labels.completionRate, color: SERIES.completionRate },
            { name: 'completed', label: labels.completed, color: SERIES.completed, yAxisId: 'right' },
            {
              name: 'required',
              label: labels.required,
              color: SERIES.required,
              yAxisId: 'right',
              strokeDasharray: '6 4',
            },
          ]}
          curveType="linear"
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          withDots={points.length <= 31}
          yAxisProps={{ domain: [0, 100] }}
          withRightYAxis
          rightYAxisProps={{ allowDecimals: false }}
          xAxisLabel={t('analytics.charts.trend.xAxis')}
          yAxisLabel={t('analytics.charts.trend.yAxis')}
          rightYAxisLabel={t('analytics.charts.trend.rightAxis')}
          // Rates are in percent and counts are whole: one number format reads both, the series names say which.
          valueFormatter={n}
        />
      </ChartFrame>
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
          {points.map((point) => (
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
