import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { AnalyticsTrend } from '@sen/contracts';
import { formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { chartFileName, formatDay, formatRate, ratePercent } from '../hooks/analytics-format';
import { ChartFrame } from './chart-frame.component';

const SERIES = {
  completionRate: 'blue.6',
  completed: 'teal.6',
  required: 'gray.6',
} as const;

function cssColour(colour: string): string {
  const [name, shade] = colour.split('.');
  return `var(--mantine-color-${name}-${shade})`;
}

/** The completion rate (left axis) and the counts behind it (right axis) over the period. */
export function TrendChart({ trend, unitName }: { trend: AnalyticsTrend; unitName: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (value: number) => formatNumber(value, locale);
  const { points } = trend;
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return null;

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
  );
}
