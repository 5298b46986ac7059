import { Box, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { distributionBands } from '../hooks/result-insights';

const CHART_HEIGHT = 140;

/**
 * Submitted attempts per band of ten percent, as plain bars (no chart library on any screen for ten
 * numbers). The bars are for the eye; screen readers get the same numbers as a table.
 */
export function ScoreDistribution({ distribution, passMark }: { distribution: number[]; passMark: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const bands = distributionBands(distribution);
  const rangeLabel = (band: (typeof bands)[number]) =>
    t(band.last ? 'quizResults.distribution.lastBand' : 'quizResults.distribution.band', {
      from: band.from,
      to: band.to,
    });
  return (
    <Stack gap="xs" component="section" aria-labelledby="score-distribution-title">
      <Title order={2} size="h4" id="score-distribution-title">
        {t('quizResults.distribution.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('quizResults.distribution.description', { passMark })}
      </Text>
      <Box style={{ overflowX: 'auto' }}>
        <Box aria-hidden miw={300}>
          <Box style={{ display: 'flex', alignItems: 'flex-end', gap: 4, height: CHART_HEIGHT }}>
            {bands.map((band) => (
              <Box
                key={band.from}
                style={{
                  flex: 1,
                  height: '100%',
                  display: 'flex',
                  flexDirection: 'column',
                  justifyContent: 'flex-end',
                  alignItems: 'center',
                }}
              >
                <Text size="xs" fw={500}>
                  {band.count > 0 ? formatNumber(band.count, locale) : ''}
                </Text>
                <Box
                  title={rangeLabel(band)}
                  style={{
                    width: '100%',
                    height: `${band.height * 100}%`,
                    minHeight: band.count > 0 ? 3 : 1,
                    borderRadius: '4px 4px 0 0',
                    background:
                      band.count === 0
                        ? 'var(--mantine-color-gray-3)'
                        : band.from >= passMark
                          ? 'var(--mantine-color-teal-6)'
                          : 'var(--mantine-color-blue-5)',
                  }}
                />
              </Box>
            ))}
          </Box>
          <Box style={{ display: 'flex', gap: 4, borderTop: '1px solid var(--mantine-color-gray-4)' }} pt={2}>
            {/* Ticks at the bands' edges, as on a histogram's axis: 0, 10 … 90 and 100 at the end. */}
            {bands.map((band) => (
              <Box key={band.from} style={{ flex: 1, display: 'flex', justifyContent: 'space-between' }}>
                <Text fz={10} c="dimmed">
                  {band.from}
                </Text>
                {band.last && (
                  <Text fz={10} c="dimmed">
                    {band.to}
                  </Text>
                )}
              </Box>
            ))}
          </Box>
        </Box>
      </Box>
      <VisuallyHidden>
        <Table>
          <Table.Caption>{t('quizResults.distribution.title')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('quizResults.distribution.range')}</Table.Th>
              <Table.Th scope="col">{t('quizResults.distribution.count')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {bands.map((band) => (
              <Table.Tr key={band.from}>
                <Table.Th scope="row">{rangeLabel(band)}</Table.Th>
                <Table.Td>{formatNumber(band.count, locale)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </Stack>
  );
}
