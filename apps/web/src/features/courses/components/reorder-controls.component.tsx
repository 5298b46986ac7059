import { useEffect, useRef, type DragEvent } from 'react';
import { ActionIcon, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MoveDirection } from '../hooks/reorder';

export interface FocusRequest {
  id: string;
  direction: MoveDirection;
}

interface ReorderControlsProps {
  id: string;
  title: string;
  index: number;
  count: number;
  /** While a move is saved, further presses wait; the buttons stay focusable so focus is not lost. */
  busy?: boolean;
  onMove: (direction: MoveDirection) => void;
  /** After a move the row re-renders elsewhere; the same button keeps the keyboard focus. */
  focusRequest: FocusRequest | null;
  handleProps: {
    draggable: boolean;
    onDragStart: (event: DragEvent<HTMLElement>) => void;
    onDragEnd: () => void;
  };
}

/** Move up / move down buttons (keyboard and touch) beside a drag handle (mouse). */
export function ReorderControls(props: ReorderControlsProps) {
  const { t } = useTranslation();
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const first = props.index === 0;
  const last = props.index === props.count - 1;
  const { focusRequest, id, index } = props;

  useEffect(() => {
    if (focusRequest?.id !== id) return;
    const wanted = focusRequest.direction === 'up' ? up.current : down.current;
    const other = focusRequest.direction === 'up' ? down.current : up.current;
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  }, [focusRequest, id, index]);

  return (
    <Group gap={2} wrap="nowrap">
      <ActionIcon
        component="span"
        variant="subtle"
        color="gray"
        size="lg"
        style={{ cursor: 'grab' }}
        // The handle is for the mouse only; the buttons beside it do the same from the keyboard.
        aria-hidden
        title={t('courses.outline.dragHandle', { title: props.title })}
        {...props.handleProps}
      >
        ⠿
      </ActionIcon>
      <ActionIcon
        ref={up}
        variant="subtle"
        size="lg"
        disabled={first}
        aria-disabled={props.busy || undefined}
        aria-label={t('courses.outline.moveUp', { title: props.title })}
        onClick={() => {
          if (!props.busy) props.onMove('up');
        }}
      >
        <span aria-hidden>↑</span>
      </ActionIcon>
      <ActionIcon
        ref={down}
        variant="subtle"
        size="lg"
        disabled={last}
        aria-disabled={props.busy || undefined}
        aria-label={t('courses.outline.moveDown', { title: props.title })}
        onClick={() => {
          if (!props.busy) props.onMove('down');
        }}
      >
        <span aria-hidden>↓</span>
      </ActionIcon>
    </Group>
  );
}
