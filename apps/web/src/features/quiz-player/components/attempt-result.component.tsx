import { Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttemptResult as Result } from '@sen/contracts';
import { formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';

/** The grade of a submitted attempt: score, percent, pass or fail, and whether it came in late. */
export function AttemptResult({ result, passMark }: { result: Result; passMark: number | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="attempt-result">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4" id="attempt-result">
            {t('quiz.result.title')}
          </Title>
          <Badge size="lg" color={result.passed ? 'teal' : 'red'} variant="filled" tt="none">
            {result.passed ? t('quiz.passed') : t('quiz.failed')}
          </Badge>
        </Group>
        <Text size="xl" fw={700}>
          {t('quiz.result.score', {
            score: formatNumber(result.score, locale),
            max: formatNumber(result.maxScore, locale),
          })}{' '}
          · {formatNumber(result.percent, locale)}%
        </Text>
        {passMark !== undefined && (
          <Text size="sm" c="dimmed">
            {t('quiz.result.passMark', { percent: passMark })}
          </Text>
        )}
        {result.late && (
          <Alert color="orange" variant="light">
            {t('quiz.result.late')}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
