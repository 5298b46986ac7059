import type { ReactNode } from 'react';
import { Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Page } from '@sen/contracts';
import { ListPagination } from './list-pagination.component';
import { ListSkeleton } from './list-skeleton.component';
import { QueryError } from './query-error.component';

interface ListStateProps<Item> {
  query: UseQueryResult<Page<Item>>;
  /** Shown when the page holds no items. */
  empty: ReactNode;
  onPageChange: (page: number) => void;
  /** False while the request is not sent at all, e.g. because the filters are invalid: nothing shows. */
  ready?: boolean;
  children: (items: Item[]) => ReactNode;
}

/** One page of a server list, or its loading, error or empty state, announced politely as it changes. */
export function ListState<Item>({ query, empty, onPageChange, ready = true, children }: ListStateProps<Item>) {
  return (
    <div aria-live="polite" aria-busy={query.isFetching}>
      {!ready ? null : query.isPending ? (
        <ListSkeleton />
      ) : query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        empty
      ) : (
        <Stack gap="sm">
          {children(query.data.items)}
          <ListPagination
            page={query.data.page}
            pageSize={query.data.pageSize}
            total={query.data.total}
            onChange={onPageChange}
          />
        </Stack>
      )}
    </div>
  );
}
