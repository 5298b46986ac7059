import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LearnerLesson } from '@sen/contracts';
import { LessonHtml } from '../../../app/ui/lesson-html.component';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { QueryError } from '../../../app/ui/query-error.component';
import { localTitle } from '../../../i18n/local-title';
import { useLocale } from '../../../i18n/use-locale.hook';
import { LessonAttachments } from '../components/lesson-attachments.component';
import { resumePath } from '../components/learning-card.component';
import { LessonVideo } from '../components/lesson-video.component';
import { meetsRule } from '../hooks/local-completion';
import { useEnrolmentQuery, useLearnerLessonQuery } from '../hooks/use-learning-queries';
import { useLessonTracking } from '../hooks/use-lesson-tracking.hook';
import { useOutboxState } from '../hooks/use-progress-sync.hook';
import { LazyCompletionCertificate } from '../../certificates/components/completion-certificate.lazy';

// Only quiz steps need it: a reading lesson never downloads the quiz player's code.
const QuizStepCard = lazy(async () => ({
  default: (await import('../../quiz-player/components/quiz-step-card.component')).QuizStepCard,
}));

export function LessonPlayerPage() {
  const { enrolmentId = '', lessonId = '' } = useParams();
  const lesson = useLearnerLessonQuery(enrolmentId, lessonId);
  if (lesson.isPending) return <ListSkeleton rows={6} />;
  if (lesson.isError) return <QueryError error={lesson.error} onRetry={() => void lesson.refetch()} />;
  // Keyed by lesson: tracking state and the resume position start afresh for each lesson.
  return <LessonPlayer key={lesson.data.id} lesson={lesson.data} />;
}

function LessonPlayer({ lesson }: { lesson: LearnerLesson }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = localTitle(lesson, locale);
  const article = useRef<HTMLDivElement>(null);
  const { onVideoProgress, markDone } = useLessonTracking(lesson, article);
  const outline = useEnrolmentQuery(lesson.enrolmentId);
  const { pending } = useOutboxState();
  const completedHere = useMemo(
    () =>
      meetsRule(
        lesson.completion,
        pending.filter((e) => e.enrolmentId === lesson.enrolmentId && e.lessonId === lesson.id),
      ),
    [pending, lesson],
  );
  const completed = lesson.completed || completedHere;
  // The course's certificate shows under the lesson that completed the course, or under the last one.
  const [openedUndone] = useState(!lesson.completed);
  const courseDone = outline.data?.status === 'completed';
  const showCertificate = courseDone && completed && (openedUndone || !lesson.nextLessonId);
  const lessons = outline.data?.modules.flatMap((m) => m.lessons) ?? [];
  const position = lessons.findIndex((l) => l.id === lesson.id);
  const link = (id: string) => resumePath(lesson.enrolmentId, id);

  return (
    <Stack gap="md" maw={720}>
      <Anchor component={Link} to={`/learn/${lesson.enrolmentId}`} size="sm">
        ← {outline.data ? localTitle(outline.data, locale) : t('learning.lesson.outline')}
      </Anchor>
      <Stack gap={4}>
        {position >= 0 && (
          <Text size="sm" c="dimmed">
            {t('learning.lesson.position', { number: position + 1, total: lessons.length })}
          </Text>
        )}
        <Title order={1} size="h2">
          {title}
        </Title>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {t('learning.minutes', { count: lesson.estimatedMinutes })}
          </Text>
          {completed && (
            <Badge color="teal" variant="light">
              {t('learning.lesson.completedBadge')}
            </Badge>
          )}
        </Group>
      </Stack>
      <LessonVideo
        title={title}
        upload={lesson.videoUpload}
        link={lesson.videoUrl}
        startSeconds={lesson.completed ? 0 : (lesson.resume?.videoSeconds ?? 0)}
        onProgress={onVideoProgress}
      />
      <LessonHtml html={lesson.html} ref={article} />
      <LessonAttachments attachments={lesson.attachments} />
      {lesson.completion === 'quiz_passed' && lesson.quizId && (
        <Suspense fallback={<Skeleton height={140} radius="sm" />}>
          <QuizStepCard quizId={lesson.quizId} />
        </Suspense>
      )}
      {completed ? (
        <Alert color="teal" variant="light" role="status" title={t('learning.lesson.completedTitle')}>
          {lesson.nextLessonId ? t('learning.lesson.completedNext') : t('learning.lesson.completedLast')}
        </Alert>
      ) : (
        lesson.completion === 'marked_done' && (
          <Button size="md" variant="filled" color="teal" onClick={markDone}>
            {t('learning.lesson.markDone')}
          </Button>
        )
      )}
      {showCertificate && outline.data && (
        <LazyCompletionCertificate
          courseId={outline.data.courseId}
          title={localTitle(outline.data, locale)}
          completedAt={outline.data.completedAt}
        />
      )}
      <Group justify="space-between" gap="xs" component="nav" aria-label={t('learning.lesson.navigation')}>
        {lesson.previousLessonId ? (
          <Button component={Link} to={link(lesson.previousLessonId)} variant="default">
            ← {t('learning.lesson.previous')}
          </Button>
        ) : (
          <span />
        )}
        {lesson.nextLessonId ? (
          <Button component={Link} to={link(lesson.nextLessonId)} variant={completed ? 'filled' : 'light'}>
            {t('learning.lesson.next')} →
          </Button>
        ) : (
          <Button component={Link} to={`/learn/${lesson.enrolmentId}`} variant="light">
            {t('learning.lesson.outline')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
