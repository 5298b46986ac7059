import type { ReactNode } from 'react';
import { Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnalyticsBreakdown } from '@sen/contracts';
import { formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { childLevelName, formatRate, ratePercent, reservesTrained } from '../hooks/analytics-format';

interface CardProps {
  title: string;
  value: string;
  /** 0–100; a bar is drawn when given. */
  percent?: number;
  detail: ReactNode;
  /** What the figure counts, when its title does not say. */
  note?: string;
}

function HeadlineCard({ title, value, percent, detail, note }: CardProps) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Stack gap={6}>
        <Text size="sm" c="dimmed" fw={500}>
          {title}
        </Text>
        <Text fz={28} fw={700} lh={1.1} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {value}
        </Text>
        {percent !== undefined && <Progress value={percent} size="md" radius="sm" aria-hidden />}
        <Text size="sm">{detail}</Text>
        {note && (
          <Text size="xs" c="dimmed">
            {note}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** The four figures a report opens with: completion, pass, coverage and reserves trained. */
export function HeadlineCards({ breakdown }: { breakdown: AnalyticsBreakdown }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (value: number) => formatNumber(value, locale);
  const { total, coverage } = breakdown;
  const level = childLevelName(breakdown.children, locale);
  const reserves = reservesTrained(breakdown.positions);
  const coverageRate = coverage.units === 0 ? null : coverage.active / coverage.units;

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} role="group" aria-label={t('analytics.cards.label')}>
      <HeadlineCard
        title={t('analytics.cards.completion')}
        value={formatRate(total.completionRate, locale)}
        percent={ratePercent(total.completionRate)}
        detail={t('analytics.cards.completionDetail', { completed: n(total.completed), required: n(total.required) })}
      />
      <HeadlineCard
        title={t('analytics.cards.pass')}
        value={formatRate(total.passRate, locale)}
        percent={ratePercent(total.passRate)}
        detail={t('analytics.cards.passDetail', { passed: n(total.passed), sat: n(total.sat) })}
      />
      <HeadlineCard
        title={t('analytics.cards.coverage')}
        value={coverage.units === 0 ? '—' : `${n(coverage.active)}/${n(coverage.units)}`}
        percent={coverage.units === 0 ? undefined : ratePercent(coverageRate)}
        detail={
          coverage.units === 0
            ? t('analytics.cards.coverageNone')
            : level
              ? t('analytics.cards.coverageText', { active: n(coverage.active), units: n(coverage.units), level })
              : t('analytics.cards.coverageTextUnits', { active: n(coverage.active), units: n(coverage.units) })
        }
        note={coverage.units === 0 ? undefined : t('analytics.cards.coverageDetail')}
      />
      <HeadlineCard
        title={t('analytics.cards.reserves')}
        value={formatRate(reserves.rate, locale)}
        percent={ratePercent(reserves.rate)}
        detail={t('analytics.cards.reservesDetail', {
          completed: n(reserves.completed),
          required: n(reserves.required),
        })}
      />
    </SimpleGrid>
  );
}
