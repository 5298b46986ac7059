import { Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LearningItem } from '@sen/contracts';
import { formatDate } from '../../../i18n/format';
import { LazyCompletionCertificate } from '../../certificates/components/completion-certificate.lazy';
import { localTitle } from '../../../i18n/local-title';
import { useLocale } from '../../../i18n/use-locale.hook';

export function resumePath(enrolmentId: string, lessonId: string | null): string {
  return lessonId ? `/learn/${enrolmentId}/lessons/${lessonId}` : `/learn/${enrolmentId}`;
}

export function LearningCard({ item }: { item: LearningItem }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const percent = item.totalLessons > 0 ? Math.round((item.completedLessons / item.totalLessons) * 100) : 0;
  const action =
    item.status === 'completed'
      ? t('learning.review')
      : item.completedLessons > 0 || item.resumeLessonId
        ? t('learning.continue')
        : t('learning.start');
  const titleId = `course-${item.enrolmentId}`;
  const title = localTitle({ title: item.course.name, titleEn: item.course.titleEn }, locale);
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Text fw={600} id={titleId} component="h3" m={0} size="md">
          {title}
        </Text>
        <Progress
          value={percent}
          color={item.status === 'completed' ? 'teal' : item.status === 'overdue' ? 'red' : undefined}
          aria-label={t('learning.progressOf', { title })}
        />
        <Group justify="space-between" gap="xs">
          <Text size="sm">{t('learning.lessonsDone', { done: item.completedLessons, total: item.totalLessons })}</Text>
          <Text size="sm" c={item.status === 'overdue' ? 'red.8' : 'dimmed'}>
            {item.status === 'completed' && item.completedAt
              ? t('learning.completedOn', { date: formatDate(item.completedAt, locale) })
              : item.dueAt
                ? t('learning.due', { date: formatDate(item.dueAt, locale) })
                : t('learning.noDue')}
          </Text>
        </Group>
        {item.status === 'completed' && (
          <LazyCompletionCertificate courseId={item.course.id} title={title} completedAt={item.completedAt} compact />
        )}
        <Group justify="flex-end">
          <Button
            component={Link}
            to={resumePath(item.enrolmentId, item.resumeLessonId)}
            variant={item.status === 'completed' ? 'light' : 'filled'}
            aria-label={`${action}: ${title}`}
          >
            {action}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
