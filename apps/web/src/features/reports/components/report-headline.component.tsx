import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportHeadline } from '@sen/contracts';
import { formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { formatShare } from '../hooks/report-period-label';

/** The numbers the report leads with, as its files print them. */
export function ReportHeadlineCard({ headline }: { headline: ReportHeadline }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const figures: [string, string][] = [
    [t('reports.detail.headline.required'), formatNumber(headline.required, locale)],
    [t('reports.detail.headline.completed'), formatNumber(headline.completed, locale)],
    [t('reports.detail.headline.completionRate'), formatShare(headline.completionRate, locale)],
    [
      t('reports.detail.headline.passed'),
      `${formatNumber(headline.passed, locale)}/${formatNumber(headline.sat, locale)}`,
    ],
    [t('reports.detail.headline.coverage'), `${headline.activeUnits}/${headline.units}`],
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="report-headline">
      <Stack gap="sm">
        <Title order={2} size="h4" id="report-headline">
          {t('reports.detail.headline.title')}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} component="dl" m={0}>
          {figures.map(([label, value]) => (
            <div key={label}>
              <Text component="dt" size="xs" c="dimmed">
                {label}
              </Text>
              <Text component="dd" size="xl" fw={700} m={0}>
                {value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
