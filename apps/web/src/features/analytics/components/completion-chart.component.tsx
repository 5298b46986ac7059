import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { AnalyticsBreakdown } from '@sen/contracts';
import { useLocale } from '../../../i18n/use-locale.hook';
import { ChartFrame } from './chart-frame.component';
import { chartFileName, formatRate, ratePercent, rowStatus, shortUnitNames } from '../hooks/analytics-format';

const ROW_HEIGHT = 36;

/** Completion rate by child unit as horizontal bars (long Vietnamese names stay readable), with the threshold. */
export function CompletionChart({ breakdown }: { breakdown: AnalyticsBreakdown }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { threshold } = breakdown;
  const names = shortUnitNames(breakdown.children.map((row) => row.unit.name));
  const data = breakdown.children.map((row, index) => {
    const status = rowStatus(row.indicators, threshold, row.lagging);
    return {
      unit: names[index],
      // Nobody required: no bar rather than a bar at zero that would read as lagging.
      rate: row.indicators.completionRate === null ? null : ratePercent(row.indicators.completionRate),
      color: status === 'lagging' ? 'red.6' : 'teal.6',
    };
  });
  const lagging = breakdown.children.filter((row) => row.lagging).map((row) => row.unit.name);
  const title = t('analytics.charts.byUnit.title', { name: breakdown.unit.name });
  const seriesLabel = t('analytics.charts.byUnit.yAxis');

  return (
    <ChartFrame
      title={title}
      description={t('analytics.charts.byUnit.description', {
        threshold,
        lagging: lagging.length
          ? t('analytics.charts.byUnit.laggingList', { names: lagging.join(', ') })
          : t('analytics.charts.byUnit.noneLagging'),
      })}
      fileName={chartFileName(title, breakdown.to)}
      legend={[
        { label: t('analytics.status.onTrack'), colour: 'var(--mantine-color-teal-6)' },
        { label: t('analytics.status.below', { threshold }), colour: 'var(--mantine-color-red-6)' },
      ]}
    >
      <BarChart
        h={Math.max(160, data.length * ROW_HEIGHT + 70)}
        data={data}
        dataKey="unit"
        orientation="vertical"
        series={[{ name: 'rate', label: seriesLabel, color: 'teal.6' }]}
        valueFormatter={(value) => formatRate(value / 100, locale)}
        xAxisProps={{ domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100] }}
        yAxisProps={{ width: 150, interval: 0 }}
        xAxisLabel={t('analytics.charts.byUnit.yAxis')}
        yAxisLabel={t('analytics.charts.byUnit.xAxis')}
        referenceLines={[
          {
            x: threshold,
            color: 'red.7',
            label: t('analytics.charts.byUnit.threshold', { threshold }),
            labelPosition: 'top',
            strokeDasharray: '6 4',
          },
        ]}
        gridAxis="x"
        withBarValueLabel
        valueLabelProps={{ position: 'right', fontSize: 12 }}
        maxBarWidth={24}
      />
    </ChartFrame>
  );
}
