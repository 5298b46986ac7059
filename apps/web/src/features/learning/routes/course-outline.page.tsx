import { Anchor, Badge, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { QueryError } from '../../../app/ui/query-error.component';
import { formatDate } from '../../../i18n/format';
import { CompletionCertificate } from '../../certificates/components/completion-certificate.component';
import { localTitle } from '../../../i18n/local-title';
import { useLocale } from '../../../i18n/use-locale.hook';
import { resumePath } from '../components/learning-card.component';
import { QuizStepIcon } from '../components/quiz-step-icon.component';
import { useCompletedLessons } from '../hooks/use-completed-lessons.hook';
import { useEnrolmentQuery } from '../hooks/use-learning-queries';

export function CourseOutlinePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { enrolmentId = '' } = useParams();
  const outline = useEnrolmentQuery(enrolmentId);
  const completed = useCompletedLessons(outline.data);

  if (outline.isPending) return <ListSkeleton />;
  if (outline.isError) return <QueryError error={outline.error} onRetry={() => void outline.refetch()} />;
  const course = outline.data;
  const lessons = course.modules.flatMap((m) => m.lessons);
  const doneCount = lessons.filter((l) => completed.has(l.id)).length;
  const next = course.resumeLessonId ?? lessons.find((l) => !completed.has(l.id))?.id ?? lessons[0]?.id ?? null;
  const title = localTitle(course, locale);
  const percent = lessons.length > 0 ? Math.round((doneCount / lessons.length) * 100) : 0;

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/learn" size="sm">
        ← {t('learning.title')}
      </Anchor>
      <Title order={1} size="h2">
        {title}
      </Title>
      {course.summary && <Text>{course.summary}</Text>}
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Progress value={percent} aria-label={t('learning.progressOf', { title })} />
          <Group justify="space-between" gap="xs">
            <Text size="sm">{t('learning.lessonsDone', { done: doneCount, total: lessons.length })}</Text>
            {course.dueAt && (
              <Text size="sm" c={course.status === 'overdue' ? 'red.8' : 'dimmed'}>
                {t('learning.due', { date: formatDate(course.dueAt, locale) })}
              </Text>
            )}
          </Group>
          {next && (
            <Group justify="flex-end">
              <Button component={Link} to={resumePath(course.enrolmentId, next)}>
                {doneCount === lessons.length
                  ? t('learning.review')
                  : doneCount > 0 || course.resumeLessonId
                    ? t('learning.continue')
                    : t('learning.start')}
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>
      {course.status === 'completed' && (
        <CompletionCertificate courseId={course.courseId} title={title} completedAt={course.completedAt} />
      )}
      {course.modules.map((module, index) => (
        <Stack key={module.id} component="section" aria-labelledby={`module-${module.id}`} gap="xs">
          <Title order={2} size="h4" id={`module-${module.id}`}>
            {t('learning.outline.module', { number: index + 1, title: localTitle(module, locale) })}
          </Title>
          <Stack component="ol" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
            {module.lessons.map((lesson) => {
              const done = completed.has(lesson.id);
              return (
                <Paper component="li" key={lesson.id} withBorder px="sm" py="xs">
                  <Group gap="sm" wrap="nowrap">
                    <Badge
                      circle
                      size="lg"
                      color={done ? 'teal' : 'gray'}
                      variant={done ? 'filled' : 'outline'}
                      aria-label={done ? t('learning.outline.done') : t('learning.outline.notDone')}
                      role="img"
                    >
                      {done ? '✓' : ''}
                    </Badge>
                    <Stack gap={0} miw={0} style={{ flex: 1 }}>
                      <Anchor component={Link} to={resumePath(course.enrolmentId, lesson.id)} fw={500}>
                        {localTitle(lesson, locale)}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {lesson.completion === 'quiz_passed'
                          ? `${t('learning.outline.quiz')} · ${t('learning.minutes', { count: lesson.estimatedMinutes })}`
                          : t('learning.minutes', { count: lesson.estimatedMinutes })}
                      </Text>
                    </Stack>
                    {lesson.completion === 'quiz_passed' && <QuizStepIcon label={t('learning.outline.quiz')} />}
                  </Group>
                </Paper>
              );
            })}
          </Stack>
        </Stack>
      ))}
    </Stack>
  );
}
