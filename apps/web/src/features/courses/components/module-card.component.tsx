import { useState, type ReactNode } from 'react';
import { Box, Button, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CourseOutline, ModuleOutline } from '@sen/contracts';
import { ConfirmDialog } from '../../../app/ui/confirm-dialog.component';
import { notifySuccess } from '../../../app/ui/notify';
import { localTitle } from '../../../i18n/local-title';
import { useLocale } from '../../../i18n/use-locale.hook';
import { moveId, type MoveDirection } from '../hooks/reorder';
import { useDragReorder } from '../hooks/use-drag-reorder.hook';
import {
  useDeleteLessonMutation,
  useDeleteModuleMutation,
  useRenameModuleMutation,
  useReorderLessonsMutation,
} from '../hooks/use-outline-mutations';
import { AddLessonDialog } from './add-lesson.dialog';
import { LessonRow } from './lesson-row.component';
import { ModuleTitleDialog } from './module-title.dialog';
import type { FocusRequest } from './reorder-controls.component';

type Dialog =
  | { kind: 'rename' }
  | { kind: 'delete' }
  | { kind: 'add-lesson' }
  | { kind: 'delete-lesson'; id: string; title: string };

interface ModuleCardProps {
  outline: CourseOutline;
  module: ModuleOutline;
  index: number;
  editable: boolean;
  /** The module's own move buttons and drag handle, owned by the outline that orders modules. */
  controls: ReactNode;
  rowProps: ReturnType<ReturnType<typeof useDragReorder>['rowProps']>;
  highlighted: boolean;
  /** Tells screen-reader users where a moved item landed. */
  announce: (message: string) => void;
}

export function ModuleCard(props: ModuleCardProps) {
  const { outline, module, index, editable } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const moduleTitle = localTitle(module, locale);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [lessonFocus, setLessonFocus] = useState<FocusRequest | null>(null);
  const rename = useRenameModuleMutation(outline, module.id);
  const remove = useDeleteModuleMutation(outline);
  const removeLesson = useDeleteLessonMutation(outline);
  const close = () => {
    setDialog(null);
    remove.reset();
    removeLesson.reset();
  };
  const reorder = useReorderLessonsMutation(outline, module.id);
  const lessonIds = module.lessons.map((lesson) => lesson.id);
  const drag = useDragReorder(lessonIds, (ids) => reorder.mutate(ids));

  const moveLesson = (id: string, title: string, direction: MoveDirection) => {
    const next = moveId(lessonIds, id, direction);
    setLessonFocus({ id, direction });
    reorder.mutate(next);
    props.announce(t('courses.outline.moved', { title, position: next.indexOf(id) + 1 }));
  };

  return (
    <Paper withBorder p="sm" component="li" {...props.rowProps} bg={props.highlighted ? 'pink.0' : undefined}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <Box miw={0}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('courses.outline.modulePosition', { n: index + 1 })}
            </Text>
            <Title order={3} size="h5" style={{ overflowWrap: 'anywhere' }}>
              {moduleTitle}
            </Title>
            <Text size="xs" c="dimmed">
              {t('courses.outline.lessonCount', { count: module.lessons.length })}
            </Text>
          </Box>
          {editable && (
            <Group gap={2} wrap="nowrap">
              {props.controls}
              <Menu position="bottom-end">
                <Menu.Target>
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    aria-label={t('courses.outline.moduleActions', { title: moduleTitle })}
                  >
                    <span aria-hidden>⋯</span>
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item onClick={() => setDialog({ kind: 'rename' })}>
                    {t('courses.outline.renameModule')}
                  </Menu.Item>
                  <Menu.Item color="red" onClick={() => setDialog({ kind: 'delete' })}>
                    {t('courses.outline.deleteModule')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            </Group>
          )}
        </Group>
        {module.lessons.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('courses.outline.moduleEmpty')}
          </Text>
        ) : (
          <Box
            component="ol"
            aria-label={t('courses.outline.lessonsLabel', { title: moduleTitle })}
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
          >
            {module.lessons.map((lesson, lessonIndex) => (
              <Box
                component="li"
                key={lesson.id}
                {...drag.rowProps(lesson.id)}
                bg={drag.over === lesson.id && drag.dragged !== lesson.id ? 'pink.0' : undefined}
                style={{ borderTop: lessonIndex === 0 ? undefined : '1px solid var(--mantine-color-gray-2)' }}
              >
                <LessonRow
                  lesson={lesson}
                  index={lessonIndex}
                  count={module.lessons.length}
                  editable={editable}
                  busy={reorder.isPending}
                  focusRequest={lessonFocus}
                  onMove={(direction) => moveLesson(lesson.id, localTitle(lesson, locale), direction)}
                  onDelete={() =>
                    setDialog({ kind: 'delete-lesson', id: lesson.id, title: localTitle(lesson, locale) })
                  }
                  handleProps={drag.handleProps(lesson.id)}
                />
              </Box>
            ))}
          </Box>
        )}
        {editable && (
          <Group>
            <Button
              variant="light"
              size="xs"
              onClick={() => setDialog({ kind: 'add-lesson' })}
              aria-label={t('courses.outline.addLessonTo', { title: moduleTitle })}
            >
              {t('courses.outline.addLesson')}
            </Button>
          </Group>
        )}
      </Stack>
      {dialog?.kind === 'rename' && (
        <ModuleTitleDialog mode="rename" initial={module} mutation={rename} onClose={close} />
      )}
      {dialog?.kind === 'add-lesson' && <AddLessonDialog outline={outline} module={module} onClose={close} />}
      <ConfirmDialog
        opened={dialog?.kind === 'delete'}
        title={t('courses.outline.deleteModuleConfirm.title', { title: moduleTitle })}
        message={t('courses.outline.deleteModuleConfirm.message', { count: module.lessons.length })}
        confirmLabel={t('courses.outline.deleteModule')}
        danger
        loading={remove.isPending}
        error={remove.error}
        onClose={close}
        onConfirm={() =>
          remove.mutate(module.id, {
            onSuccess: () => {
              notifySuccess(t('courses.outline.deleteModuleConfirm.done', { title: moduleTitle }));
              close();
            },
          })
        }
      />
      <ConfirmDialog
        opened={dialog?.kind === 'delete-lesson'}
        title={t('courses.outline.deleteLessonConfirm.title', {
          title: dialog?.kind === 'delete-lesson' ? dialog.title : '',
        })}
        message={t('courses.outline.deleteLessonConfirm.message')}
        confirmLabel={t('courses.outline.deleteLesson')}
        danger
        loading={removeLesson.isPending}
        error={removeLesson.error}
        onClose={close}
        onConfirm={() => {
          if (dialog?.kind !== 'delete-lesson') return;
          removeLesson.mutate(dialog.id, {
            onSuccess: () => {
              notifySuccess(t('courses.outline.deleteLessonConfirm.done', { title: dialog.title }));
              close();
            },
          });
        }}
      />
    </Paper>
  );
}
