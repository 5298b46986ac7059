import { Group, Progress, Text } from '@mantine/core';
import type { Indicators } from '@sen/contracts';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/use-locale.hook';
import { formatRate, ratePercent, rowStatus, type RowStatus } from '../hooks/analytics-format';
import { CheckIcon, WarningIcon } from './status-icons.component';

const STATUS_COLOUR: Record<RowStatus, string> = { lagging: 'red', onTrack: 'teal', noRequirement: 'gray' };

export function statusColour(status: RowStatus): string {
  return STATUS_COLOUR[status];
}

/** A rate as text with a bar beside it; the bar only repeats the text, so screen readers skip it. */
export function RateCell({ rate, color = 'blue' }: { rate: number | null; color?: string }) {
  const locale = useLocale();
  return (
    <Group gap="xs" wrap="nowrap" miw={140}>
      <Progress
        value={ratePercent(rate)}
        color={color}
        size="lg"
        radius="sm"
        style={{ flex: 1, minWidth: 60 }}
        aria-hidden
      />
      <Text size="sm" ta="right" miw={52} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {formatRate(rate, locale)}
      </Text>
    </Group>
  );
}

/** How a row stands against the threshold: colour, an icon and words. */
export function RowStatusText({
  indicators,
  threshold,
  lagging,
}: {
  indicators: Indicators;
  threshold: number;
  lagging?: boolean;
}) {
  const { t } = useTranslation();
  const status = rowStatus(indicators, threshold, lagging);
  if (status === 'noRequirement') {
    return (
      <Text size="sm" c="dimmed">
        {t('analytics.status.noRequirement')}
      </Text>
    );
  }
  const lags = status === 'lagging';
  return (
    <Group gap={6} wrap="nowrap" c={lags ? 'red.8' : 'teal.8'} style={{ whiteSpace: 'nowrap' }}>
      {lags ? <WarningIcon /> : <CheckIcon />}
      <Text size="sm" fw={lags ? 600 : 400} c="inherit">
        {lags ? t('analytics.status.lagging') : t('analytics.status.onTrack')}
      </Text>
    </Group>
  );
}
