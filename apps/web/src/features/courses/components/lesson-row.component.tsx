import { ActionIcon, Anchor, Badge, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ModuleOutline } from '@sen/contracts';
import { localTitle } from '../../../i18n/local-title';
import { useLocale } from '../../../i18n/use-locale.hook';
import type { MoveDirection } from '../hooks/reorder';
import { ReorderControls, type FocusRequest } from './reorder-controls.component';

type Lesson = ModuleOutline['lessons'][number];

interface LessonRowProps {
  lesson: Lesson;
  index: number;
  count: number;
  editable: boolean;
  busy: boolean;
  focusRequest: FocusRequest | null;
  onMove: (direction: MoveDirection) => void;
  onDelete: () => void;
  handleProps: React.ComponentProps<typeof ReorderControls>['handleProps'];
}

export function LessonRow({
  lesson,
  index,
  count,
  editable,
  busy,
  focusRequest,
  onMove,
  onDelete,
  handleProps,
}: LessonRowProps) {
  const { t } = useTranslation();
  const title = localTitle(lesson, useLocale());
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs" py={6} align="center">
      <Group gap="xs" wrap="nowrap" miw={0} align="baseline">
        <Text size="sm" c="dimmed" w={24} ta="right" style={{ flexShrink: 0 }}>
          {index + 1}.
        </Text>
        <div style={{ minWidth: 0 }}>
          <Anchor component={Link} to={`/lessons/${lesson.id}`} fw={500} size="sm">
            {title}
          </Anchor>
          <Group gap={6} mt={2}>
            <Text size="xs" c="dimmed">
              {t(`lessonCompletions.${lesson.completion}`)} · {t('courses.minutes', { count: lesson.estimatedMinutes })}
            </Text>
            {lesson.hasVideo && (
              <Badge size="xs" variant="light" color="grape">
                {t('courses.outline.video')}
              </Badge>
            )}
            {lesson.quizRulesMissing && (
              <Badge size="xs" variant="light" color="orange">
                {t('courses.outline.quizRulesMissing')}
              </Badge>
            )}
          </Group>
        </div>
      </Group>
      {editable && (
        <Group gap={2} wrap="nowrap">
          <ReorderControls
            id={lesson.id}
            title={title}
            index={index}
            count={count}
            busy={busy}
            focusRequest={focusRequest}
            onMove={onMove}
            handleProps={handleProps}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('courses.outline.deleteLessonLabel', { title })}
            onClick={onDelete}
          >
            <span aria-hidden>×</span>
          </ActionIcon>
        </Group>
      )}
    </Group>
  );
}
