import { Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Lessons completed out of the lessons of the trainee's own version, as a bar and as numbers. */
export function EnrolmentProgress({ completed, total }: { completed: number; total: number }) {
  const { t } = useTranslation();
  const percent = total > 0 ? Math.round((completed / total) * 100) : 0;
  const label = t('courses.learners.progressLabel', { completed, total });
  return (
    <Group gap="xs" wrap="nowrap" miw={110}>
      <Progress
        value={percent}
        size="sm"
        w={60}
        color={completed === total && total > 0 ? 'teal' : 'blue'}
        aria-label={label}
      />
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {completed}/{total}
      </Text>
    </Group>
  );
}
