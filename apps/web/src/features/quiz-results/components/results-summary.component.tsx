import type { ReactNode } from 'react';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuizStatistics } from '@sen/contracts';
import { formatNumber, intlLocale } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';

/** The quiz's headline numbers: attempts, people, who passed and the mean score. */
export function ResultsSummary({ statistics }: { statistics: QuizStatistics }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const number = (value: number) => formatNumber(value, locale);
  const share =
    statistics.people > 0
      ? new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 }).format(
          statistics.passed / statistics.people,
        )
      : t('quizResults.summary.none');
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" role="list" aria-label={t('quizResults.summary.label')}>
      <Figure
        label={t('quizResults.summary.attempts')}
        value={number(statistics.attempts)}
        detail={t('quizResults.summary.attemptsDetail', {
          submitted: number(statistics.submitted),
          inProgress: number(statistics.inProgress),
        })}
      />
      <Figure label={t('quizResults.summary.people')} value={number(statistics.people)} />
      <Figure
        label={t('quizResults.summary.passed')}
        value={number(statistics.passed)}
        detail={t('quizResults.summary.passedDetail', { share })}
      />
      <Figure
        label={t('quizResults.summary.meanPercent')}
        value={statistics.meanPercent === null ? t('quizResults.summary.none') : `${number(statistics.meanPercent)}%`}
        detail={t('quizResults.summary.meanDetail', { passMark: statistics.passMark })}
      />
    </SimpleGrid>
  );
}

function Figure({ label, value, detail }: { label: string; value: string; detail?: ReactNode }) {
  return (
    <Paper withBorder p="sm" radius="md" role="listitem">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Paper>
  );
}
