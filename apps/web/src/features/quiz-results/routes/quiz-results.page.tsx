import { useState } from 'react';
import { Anchor, Button, Divider, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { routeTable, type QuizStatistics } from '@sen/contracts';
import { useCan } from '../../../app/access/use-can.hook';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { PageHeader } from '../../../app/ui/page-header.component';
import { QueryError } from '../../../app/ui/query-error.component';
import { localTitle } from '../../../i18n/local-title';
import { useLocale } from '../../../i18n/use-locale.hook';
import { QuestionStatistics } from '../components/question-statistics.component';
import { QuizAttempts } from '../components/quiz-attempts.component';
import { RegradeDialog } from '../components/regrade.dialog';
import { ResultsSummary } from '../components/results-summary.component';
import { ScoreDistribution } from '../components/score-distribution.component';
import { useQuizStatisticsQuery } from '../hooks/use-quiz-results';

/** A quiz's results for its authors: the numbers, the distribution, each question, every attempt. */
export function QuizResultsPage() {
  const { t } = useTranslation();
  const { courseId = '', quizId = '' } = useParams();
  const statistics = useQuizStatisticsQuery(quizId);
  const lessonId = statistics.data?.lessonId;

  return (
    <Stack>
      <Anchor component={Link} to={lessonId ? `/lessons/${lessonId}` : `/courses/${courseId}`} size="sm">
        ← {lessonId ? t('quizResults.backToLesson') : t('quizResults.backToCourse')}
      </Anchor>
      {statistics.isPending ? (
        <ListSkeleton rows={8} />
      ) : statistics.isError ? (
        <QueryError error={statistics.error} onRetry={() => void statistics.refetch()} />
      ) : (
        <QuizResults statistics={statistics.data} />
      )}
    </Stack>
  );
}

function QuizResults({ statistics }: { statistics: QuizStatistics }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const canRegrade = useCan(routeTable.regradeQuiz);
  const [regrading, setRegrading] = useState(false);
  const submitted = statistics.submitted > 0;

  return (
    <>
      <PageHeader
        title={t('quizResults.title', { title: localTitle(statistics, locale) })}
        actions={
          canRegrade && submitted ? (
            <Button variant="light" color="orange" onClick={() => setRegrading(true)}>
              {t('quizResults.regrade.action')}
            </Button>
          ) : undefined
        }
      />
      <ResultsSummary statistics={statistics} />
      {submitted ? (
        <ScoreDistribution distribution={statistics.distribution} passMark={statistics.passMark} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('quizResults.distribution.empty')}
        </Text>
      )}
      <QuestionStatistics questions={statistics.questions} />
      <Divider />
      <QuizAttempts quizId={statistics.quizId} />
      {regrading && (
        <RegradeDialog
          quizId={statistics.quizId}
          questions={statistics.questions}
          onClose={() => setRegrading(false)}
        />
      )}
    </>
  );
}
