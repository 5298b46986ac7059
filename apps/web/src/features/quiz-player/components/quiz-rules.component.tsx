import type { ReactNode } from 'react';
import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TraineeQuizView } from '@sen/contracts';
import { formatDateTime } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';

/** The rules she agrees to by starting: how many questions, the pass mark, attempts, time, dates, review. */
export function QuizRules({ quiz }: { quiz: TraineeQuizView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const used = quiz.attempts.length;
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="xs" verticalSpacing="xs" m={0}>
      <Rule label={t('quiz.rules.questions')}>{quiz.questionCount}</Rule>
      <Rule label={t('quiz.rules.passMark')}>{quiz.passMark}%</Rule>
      <Rule label={t('quiz.rules.attempts')}>
        {quiz.maxAttempts === null
          ? t('quiz.rules.attemptsUnlimited', { used })
          : t('quiz.rules.attemptsLimited', { used, max: quiz.maxAttempts, left: quiz.attemptsLeft ?? 0 })}
      </Rule>
      <Rule label={t('quiz.rules.time')}>
        {quiz.timeLimitMinutes === null
          ? t('quiz.rules.untimed')
          : t('quiz.rules.minutes', { count: quiz.timeLimitMinutes })}
      </Rule>
      {quiz.opensAt && <Rule label={t('quiz.rules.opens')}>{formatDateTime(quiz.opensAt, locale)}</Rule>}
      {quiz.closesAt && <Rule label={t('quiz.rules.closes')}>{formatDateTime(quiz.closesAt, locale)}</Rule>}
      <Rule label={t('quiz.rules.review')} wide>
        {t(`quiz.rules.reviewPolicy.${quiz.review}`)}
      </Rule>
    </SimpleGrid>
  );
}

function Rule({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div style={wide ? { gridColumn: '1 / -1' } : undefined}>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {children}
      </Text>
    </div>
  );
}
