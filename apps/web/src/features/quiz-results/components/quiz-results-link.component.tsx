import { Button, Group } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { routeTable } from '@sen/contracts';
import { useCan } from '../../../app/access/use-can.hook';
import { useLessonQuizQuery } from '../hooks/use-quiz-results';

/** From a quiz step's lesson to its results; nothing while the quiz has no rules (no quiz yet). */
export function QuizResultsLink({ lessonId, courseId }: { lessonId: string; courseId: string }) {
  const { t } = useTranslation();
  const canRead = useCan(routeTable.quizStatistics);
  const quiz = useLessonQuizQuery(lessonId, canRead);
  if (!canRead || !quiz.data) return null;
  return (
    <Group>
      <Button component={Link} to={`/courses/${courseId}/quizzes/${quiz.data.id}/results`} variant="light">
        {t('quizResults.link')}
      </Button>
    </Group>
  );
}
