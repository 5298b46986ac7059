import { useState } from 'react';
import { Box, Button, Fieldset, Group, Input, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ReorderControls, type FocusRequest } from '../../courses/components/reorder-controls.component';
import { moveId, type MoveDirection } from '../../courses/hooks/reorder';
import { useDragReorder } from '../../courses/hooks/use-drag-reorder.hook';
import { emptyItem, orderByKeys, plainText, type QuestionValues } from '../hooks/question-form';
import { RichTextInput } from './rich-text-input.component';

const MAX_ITEMS = 10;
const MIN_ITEMS = 2;
const TITLE_LENGTH = 40;

/** The items of an ordering question, written in their correct order; trainees see them shuffled. */
export function OrderingItemsField({ form, courseId }: { form: UseFormReturnType<QuestionValues>; courseId: string }) {
  const { t } = useTranslation();
  const { items } = form.values;
  const keys = items.map((item) => item.key);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const reorder = (next: string[]) => form.setFieldValue('items', orderByKeys(form.values.items, next));
  const drag = useDragReorder(keys, reorder);
  // Move buttons name the item by its words, which stay with it wherever it goes.
  const titleOf = (text: string, index: number) =>
    plainText(text).slice(0, TITLE_LENGTH) || t('questionBanks.editor.itemName', { n: index + 1 });

  const move = (key: string, title: string, direction: MoveDirection) => {
    const next = moveId(keys, key, direction);
    reorder(next);
    setFocus({ id: key, direction });
    setAnnouncement(t('courses.outline.moved', { title, position: next.indexOf(key) + 1 }));
  };

  return (
    <Fieldset legend={t('questionBanks.editor.items')} variant="unstyled">
      <Stack gap="sm">
        <Input.Description>{t('questionBanks.editor.itemsHint')}</Input.Description>
        <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
        <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((item, index) => {
            const title = titleOf(item.text, index);
            return (
              <Paper
                key={item.key}
                component="li"
                withBorder
                p="sm"
                {...drag.rowProps(item.key)}
                bg={drag.over === item.key ? 'pink.0' : undefined}
              >
                <Group align="flex-start" gap="xs" wrap="nowrap">
                  <Text fw={600} w={24} mt={4} aria-hidden>
                    {index + 1}.
                  </Text>
                  <Box style={{ flex: 1, minWidth: 0 }}>
                    <RichTextInput
                      label={t('questionBanks.editor.item', { n: index + 1 })}
                      required
                      courseId={courseId}
                      value={item.text}
                      onChange={(html) => form.setFieldValue(`items.${index}.text`, html)}
                      error={form.errors[`items.${index}.text`]}
                    />
                  </Box>
                  <Stack gap={4} align="flex-end">
                    <ReorderControls
                      id={item.key}
                      title={title}
                      index={index}
                      count={items.length}
                      onMove={(direction) => move(item.key, title, direction)}
                      focusRequest={focus}
                      handleProps={drag.handleProps(item.key)}
                    />
                    <Button
                      variant="subtle"
                      color="red"
                      size="xs"
                      disabled={items.length <= MIN_ITEMS}
                      aria-label={t('questionBanks.editor.removeItemLabel', { title })}
                      onClick={() => form.removeListItem('items', index)}
                    >
                      {t('questionBanks.editor.removeItem')}
                    </Button>
                  </Stack>
                </Group>
              </Paper>
            );
          })}
        </Stack>
        {form.errors['items'] && <Input.Error role="alert">{form.errors['items']}</Input.Error>}
        <Group>
          <Button
            variant="light"
            disabled={items.length >= MAX_ITEMS}
            onClick={() => form.insertListItem('items', emptyItem())}
          >
            {t('questionBanks.editor.addItem')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
