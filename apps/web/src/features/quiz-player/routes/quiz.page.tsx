import { useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AttemptSummary, TraineeQuizView } from '@sen/contracts';
import { ConfirmDialog } from '../../../app/ui/confirm-dialog.component';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { QueryError } from '../../../app/ui/query-error.component';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { QuizBackLink } from '../components/quiz-back-link.component';
import { QuizRules } from '../components/quiz-rules.component';
import { useMyQuizQuery, useStartAttemptMutation } from '../hooks/use-quiz-queries';

/** A quiz before she takes it: its rules, her attempts so far, and Start, Resume or why she cannot. */
export function QuizPage() {
  const { quizId = '' } = useParams();
  const quiz = useMyQuizQuery(quizId);
  if (quiz.isPending) return <ListSkeleton rows={4} />;
  if (quiz.isError) return <QueryError error={quiz.error} onRetry={() => void quiz.refetch()} />;
  return <QuizOverview quiz={quiz.data} />;
}

function QuizOverview({ quiz }: { quiz: TraineeQuizView }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={720}>
      <QuizBackLink quiz={quiz} />
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {t('quiz.label')}
        </Text>
        <Group gap="xs">
          <Title order={1} size="h2">
            {quiz.title}
          </Title>
          {quiz.passed && (
            <Badge color="teal" variant="light" tt="none">
              {t('quiz.passed')}
            </Badge>
          )}
        </Group>
      </Stack>
      <Paper withBorder p="md" component="section" aria-labelledby="quiz-rules">
        <Stack gap="sm">
          <Title order={2} size="h4" id="quiz-rules">
            {t('quiz.rules.title')}
          </Title>
          <QuizRules quiz={quiz} />
        </Stack>
      </Paper>
      <StartOrResume quiz={quiz} />
      {quiz.attempts.length > 0 && <PastAttempts attempts={quiz.attempts} />}
    </Stack>
  );
}

function StartOrResume({ quiz }: { quiz: TraineeQuizView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const start = useStartAttemptMutation(quiz.id);
  const [confirming, setConfirming] = useState(false);

  if (quiz.inProgressAttemptId) {
    return (
      <Button component={Link} to={`/learn/attempts/${quiz.inProgressAttemptId}`} size="md">
        {t('quiz.resume')}
      </Button>
    );
  }
  if (quiz.blocked) {
    return (
      <Alert color={quiz.passed ? 'teal' : 'gray'} variant="light" title={t('quiz.blocked.title')}>
        {quiz.blocked === 'not_open' && quiz.opensAt
          ? t('quiz.blocked.notOpenUntil', { date: formatDateTime(quiz.opensAt, locale) })
          : t(`quiz.blocked.${quiz.blocked}`)}
      </Alert>
    );
  }
  const begin = () =>
    start.mutate(undefined, {
      onSuccess: (attempt) => void navigate(`/learn/attempts/${attempt.id}`),
    });
  // Asking first matters when the clock starts or an attempt is used up; an open-ended practice starts at once.
  const ask = quiz.timeLimitMinutes !== null || quiz.attemptsLeft !== null;
  return (
    <>
      <Button size="md" loading={start.isPending && !confirming} onClick={() => (ask ? setConfirming(true) : begin())}>
        {quiz.attempts.length > 0 ? t('quiz.startAgain') : t('quiz.start')}
      </Button>
      {!ask && start.isError && <QueryError error={start.error} />}
      <ConfirmDialog
        opened={confirming}
        title={t('quiz.startDialog.title')}
        message={
          <>
            {quiz.timeLimitMinutes !== null && (
              <Text component="span" display="block" fw={600}>
                {t('quiz.startDialog.timed', { count: quiz.timeLimitMinutes })}
              </Text>
            )}
            {quiz.attemptsLeft !== null && (
              <Text component="span" display="block" mt="xs">
                {t('quiz.startDialog.attemptsLeft', { count: quiz.attemptsLeft })}
              </Text>
            )}
            <Text component="span" display="block" mt="xs">
              {t('quiz.startDialog.autosave')}
            </Text>
          </>
        }
        confirmLabel={t('quiz.startDialog.confirm')}
        loading={start.isPending}
        error={start.error}
        onConfirm={begin}
        onClose={() => {
          setConfirming(false);
          start.reset();
        }}
      />
    </>
  );
}

function PastAttempts({ attempts }: { attempts: AttemptSummary[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Stack component="section" aria-labelledby="quiz-attempts" gap="xs">
      <Title order={2} size="h4" id="quiz-attempts">
        {t('quiz.attempts.title')}
      </Title>
      <Stack component="ol" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
        {[...attempts]
          .sort((a, b) => b.attemptNo - a.attemptNo)
          .map((attempt) => (
            <Paper component="li" key={attempt.id} withBorder px="sm" py="xs">
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Stack gap={2} miw={0}>
                  <Text fw={600}>{t('quiz.attempts.number', { number: attempt.attemptNo })}</Text>
                  <Text size="sm" c="dimmed">
                    {formatDateTime(attempt.submittedAt ?? attempt.startedAt, locale)}
                  </Text>
                  {attempt.result ? (
                    <Group gap={6}>
                      <Text size="sm">
                        {t('quiz.result.score', {
                          score: formatNumber(attempt.result.score, locale),
                          max: formatNumber(attempt.result.maxScore, locale),
                        })}{' '}
                        · {formatNumber(attempt.result.percent, locale)}%
                      </Text>
                      <Badge size="sm" color={attempt.result.passed ? 'teal' : 'red'} variant="light" tt="none">
                        {attempt.result.passed ? t('quiz.passed') : t('quiz.failed')}
                      </Badge>
                      {attempt.result.late && (
                        <Badge size="sm" color="orange" variant="light" tt="none">
                          {t('quiz.attempts.late')}
                        </Badge>
                      )}
                    </Group>
                  ) : (
                    <Text size="sm">{t('quiz.attempts.inProgress')}</Text>
                  )}
                </Stack>
                <Button
                  component={Link}
                  to={`/learn/attempts/${attempt.id}`}
                  variant="light"
                  size="compact-md"
                  aria-label={t(attempt.result ? 'quiz.attempts.reviewOf' : 'quiz.attempts.resumeOf', {
                    number: attempt.attemptNo,
                  })}
                >
                  {attempt.result ? t('quiz.attempts.review') : t('quiz.attempts.resume')}
                </Button>
              </Group>
            </Paper>
          ))}
      </Stack>
    </Stack>
  );
}
