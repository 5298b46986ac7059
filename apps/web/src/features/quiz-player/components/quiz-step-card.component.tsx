import { Button, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../app/ui/query-error.component';
import { useMyQuizQuery } from '../hooks/use-quiz-queries';

/**
 * A quiz step in the lesson player: what the quiz asks of her and the way in. Loaded only for a lesson
 * that completes by passing a quiz, so reading lessons carries none of it.
 */
export function QuizStepCard({ quizId }: { quizId: string }) {
  const { t } = useTranslation();
  const quiz = useMyQuizQuery(quizId);
  if (quiz.isPending) return <Skeleton height={140} radius="sm" />;
  if (quiz.isError) return <QueryError error={quiz.error} onRetry={() => void quiz.refetch()} />;
  const q = quiz.data;
  const facts = [
    t('quiz.card.questions', { count: q.questionCount }),
    t('quiz.card.passMark', { percent: q.passMark }),
    q.timeLimitMinutes === null ? null : t('quiz.rules.minutes', { count: q.timeLimitMinutes }),
    q.attemptsLeft === null ? null : t('quiz.card.attemptsLeft', { count: q.attemptsLeft }),
  ].filter((fact): fact is string => fact !== null);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="quiz-step-card">
      <Stack gap="xs">
        <Title order={2} size="h4" id="quiz-step-card">
          {t('quiz.label')}
        </Title>
        <Text>{facts.join(' · ')}</Text>
        <Text size="sm" c={q.passed ? 'teal.8' : 'dimmed'}>
          {q.passed ? t('quiz.card.passed') : t('quiz.card.completesLesson')}
        </Text>
        <Button
          component={Link}
          to={q.inProgressAttemptId ? `/learn/attempts/${q.inProgressAttemptId}` : `/learn/quizzes/${q.id}`}
          size="md"
          variant={q.passed ? 'light' : 'filled'}
        >
          {q.inProgressAttemptId ? t('quiz.card.resume') : q.passed ? t('quiz.card.view') : t('quiz.card.open')}
        </Button>
      </Stack>
    </Paper>
  );
}
