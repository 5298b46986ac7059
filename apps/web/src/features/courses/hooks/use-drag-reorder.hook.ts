import { useState, type DragEvent } from 'react';
import { moveIdTo } from './reorder';

/**
 * Plain HTML5 drag and drop within one list: the handle starts the drag, each row is a drop target.
 * Touch screens and keyboards use the move buttons instead, which stay available everywhere.
 */
export function useDragReorder(ids: readonly string[], onReorder: (ids: string[]) => void) {
  const [dragged, setDragged] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const end = () => {
    setDragged(null);
    setOver(null);
  };

  return {
    dragged,
    over,
    handleProps: (id: string) => ({
      draggable: true,
      onDragStart: (event: DragEvent<HTMLElement>) => {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', id);
        // Drag the whole row, not just the small handle.
        const row = event.currentTarget.closest('[data-reorder-row]');
        if (row instanceof HTMLElement) event.dataTransfer.setDragImage(row, 16, 16);
        setDragged(id);
      },
      onDragEnd: end,
    }),
    rowProps: (id: string) => ({
      'data-reorder-row': id,
      onDragOver: (event: DragEvent<HTMLElement>) => {
        if (dragged === null) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        if (over !== id) setOver(id);
      },
      onDrop: (event: DragEvent<HTMLElement>) => {
        if (dragged === null) return;
        event.preventDefault();
        const next = moveIdTo(ids, dragged, id);
        end();
        if (next.some((value, index) => value !== ids[index])) onReorder(next);
      },
    }),
  };
}
