import { useEffect, useRef, useState } from 'react';
import { ActionIcon, Button, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttemptQuestionView, QuestionAnswer } from '@sen/contracts';
import { moveItem, shownOrder } from '../hooks/answer-state';
import { InlineHtml, plainText } from './rich-html.component';

interface OrderingAnswerProps {
  question: AttemptQuestionView['question'];
  answer: QuestionAnswer | undefined;
  stemId: string;
  onAnswer: (answer: QuestionAnswer) => void;
}

type Direction = 'up' | 'down';

/**
 * Putting items in order with "up" and "down" buttons: they work by touch, by keyboard and with a screen
 * reader, which a drag-only list would not. After a move the focus follows the item, and the new
 * position is announced.
 */
export function OrderingAnswer({ question, answer, stemId, onAnswer }: OrderingAnswerProps) {
  const { t } = useTranslation();
  const order = shownOrder(question, answer);
  const items = new Map((question.options ?? []).map((o) => [o.id, o.text]));
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const pendingFocus = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const labelId = `${stemId}-order`;

  useEffect(() => {
    if (pendingFocus.current === null) return;
    buttons.current.get(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  const move = (index: number, direction: Direction) => {
    const id = order[index];
    const target = direction === 'up' ? index - 1 : index + 1;
    // Keep the focus on the same button while it can go on moving that way, else on the other one.
    const canGoOn = direction === 'up' ? target > 0 : target < order.length - 1;
    pendingFocus.current = `${id}:${canGoOn ? direction : direction === 'up' ? 'down' : 'up'}`;
    onAnswer({ type: 'ordering', itemIds: moveItem(order, index, direction === 'up' ? -1 : 1) });
    setAnnouncement(
      t('quiz.attempt.moved', { item: plainText(items.get(id) ?? ''), position: target + 1, total: order.length }),
    );
  };

  const button = (id: string, index: number, direction: Direction) => {
    const item = plainText(items.get(id) ?? '');
    const disabled = direction === 'up' ? index === 0 : index === order.length - 1;
    return (
      <ActionIcon
        ref={(element: HTMLButtonElement | null) => {
          if (element) buttons.current.set(`${id}:${direction}`, element);
          else buttons.current.delete(`${id}:${direction}`);
        }}
        variant="default"
        size="lg"
        disabled={disabled}
        aria-label={t(direction === 'up' ? 'quiz.attempt.moveUp' : 'quiz.attempt.moveDown', { item })}
        onClick={() => move(index, direction)}
      >
        <span aria-hidden="true">{direction === 'up' ? '↑' : '↓'}</span>
      </ActionIcon>
    );
  };

  return (
    <Stack gap="xs" role="group" aria-labelledby={labelId} aria-describedby={stemId}>
      <Text id={labelId} size="sm" fw={500}>
        {t('quiz.attempt.orderHint')}
      </Text>
      <Stack component="ol" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
        {order.map((id, index) => (
          <Paper component="li" key={id} withBorder px="sm" py={6}>
            <Group gap="sm" wrap="nowrap">
              <Text fw={700} w="1.5rem" ta="center" aria-hidden="true">
                {index + 1}
              </Text>
              <div style={{ flex: 1, minWidth: 0 }}>
                <InlineHtml html={items.get(id) ?? ''} />
              </div>
              <Group gap={4} wrap="nowrap">
                {button(id, index, 'up')}
                {button(id, index, 'down')}
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
      {!answer && (
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {t('quiz.attempt.orderUntouched')}
          </Text>
          <Button variant="light" size="compact-sm" onClick={() => onAnswer({ type: 'ordering', itemIds: order })}>
            {t('quiz.attempt.keepOrder')}
          </Button>
        </Group>
      )}
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
    </Stack>
  );
}
