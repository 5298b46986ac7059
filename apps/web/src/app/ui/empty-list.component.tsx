import type { ReactNode } from 'react';
import { EmptyState } from '@mantine/core';

export function EmptyList({ title, description, action }: { title: string; description?: string; action?: ReactNode }) {
  return (
    <EmptyState title={title} description={description} size="sm" py="lg">
      {action && <EmptyState.Actions>{action}</EmptyState.Actions>}
    </EmptyState>
  );
}
