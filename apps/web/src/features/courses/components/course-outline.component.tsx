import { useState } from 'react';
import { Box, Button, Group, Stack, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CourseOutline } from '@sen/contracts';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { localTitle } from '../../../i18n/local-title';
import { useLocale } from '../../../i18n/use-locale.hook';
import { moveId, type MoveDirection } from '../hooks/reorder';
import { useDragReorder } from '../hooks/use-drag-reorder.hook';
import { useCreateModuleMutation, useReorderModulesMutation } from '../hooks/use-outline-mutations';
import { ModuleCard } from './module-card.component';
import { ModuleTitleDialog } from './module-title.dialog';
import { ReorderControls, type FocusRequest } from './reorder-controls.component';

/** A version's modules and lessons; a draft's can be added to, renamed, removed and reordered. */
export function CourseOutlineEditor({ outline, editable }: { outline: CourseOutline; editable: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [adding, setAdding] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [moduleFocus, setModuleFocus] = useState<FocusRequest | null>(null);
  const create = useCreateModuleMutation(outline);
  const reorder = useReorderModulesMutation(outline);
  const moduleIds = outline.modules.map((module) => module.id);
  const drag = useDragReorder(moduleIds, (ids) => reorder.mutate(ids));

  const moveModule = (id: string, title: string, direction: MoveDirection) => {
    const next = moveId(moduleIds, id, direction);
    setModuleFocus({ id, direction });
    reorder.mutate(next);
    setAnnouncement(t('courses.outline.moved', { title, position: next.indexOf(id) + 1 }));
  };
  const addButton = editable ? (
    <Button
      onClick={() => {
        create.reset();
        setAdding(true);
      }}
    >
      {t('courses.outline.addModule')}
    </Button>
  ) : undefined;

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('courses.outline.title')}
        </Title>
        {outline.modules.length > 0 && addButton}
      </Group>
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
      {outline.modules.length === 0 ? (
        <EmptyList
          title={t('courses.outline.empty')}
          description={editable ? t('courses.outline.emptyHint') : undefined}
          action={addButton}
        />
      ) : (
        <Box
          component="ol"
          aria-label={t('courses.outline.listLabel')}
          p={0}
          m={0}
          style={{ listStyle: 'none', display: 'flex', flexDirection: 'column', gap: 'var(--mantine-spacing-sm)' }}
        >
          {outline.modules.map((module, index) => (
            <ModuleCard
              key={module.id}
              outline={outline}
              module={module}
              index={index}
              editable={editable}
              rowProps={drag.rowProps(module.id)}
              highlighted={drag.over === module.id && drag.dragged !== module.id}
              announce={setAnnouncement}
              controls={
                <ReorderControls
                  id={module.id}
                  title={localTitle(module, locale)}
                  index={index}
                  count={outline.modules.length}
                  busy={reorder.isPending}
                  focusRequest={moduleFocus}
                  onMove={(direction) => moveModule(module.id, localTitle(module, locale), direction)}
                  handleProps={drag.handleProps(module.id)}
                />
              }
            />
          ))}
        </Box>
      )}
      {adding && <ModuleTitleDialog mode="create" mutation={create} onClose={() => setAdding(false)} />}
    </Stack>
  );
}
