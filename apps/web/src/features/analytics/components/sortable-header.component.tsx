import type { ReactNode } from 'react';
import { Table, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SortDirection } from '../hooks/analytics-format';

interface SortableHeaderProps {
  label: string;
  /** This column's direction when the table is sorted by it, else null. */
  direction: SortDirection | null;
  onSort: () => void;
  align?: 'left' | 'right';
  children?: ReactNode;
}

/** A column header that sorts on Enter, Space or a click, and tells screen readers how the rows are sorted. */
export function SortableHeader({ label, direction, onSort, align = 'left' }: SortableHeaderProps) {
  const { t } = useTranslation();
  const arrow = direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕';
  return (
    <Table.Th aria-sort={direction ?? 'none'} style={{ textAlign: align, whiteSpace: 'nowrap' }}>
      <UnstyledButton
        onClick={onSort}
        fw={600}
        fz="sm"
        title={t('analytics.sortBy', { column: label })}
        style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}
      >
        {label}
        <span aria-hidden style={{ opacity: direction ? 1 : 0.4, fontSize: 10 }}>
          {arrow}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
}
