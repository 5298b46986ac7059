import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TraineeQuizView } from '@sen/contracts';

/** Back to the lesson a quiz step belongs to; a contest (no lesson) goes back to her learning. */
export function QuizBackLink({ quiz }: { quiz: TraineeQuizView | undefined }) {
  const { t } = useTranslation();
  const toLesson = quiz?.enrolmentId && quiz.lessonId;
  return (
    <Anchor component={Link} to={toLesson ? `/learn/${quiz.enrolmentId}/lessons/${quiz.lessonId}` : '/learn'} size="sm">
      ← {toLesson ? t('quiz.backToLesson') : t('learning.title')}
    </Anchor>
  );
}
