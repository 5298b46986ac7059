import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { ListPagination } from '../../../app/ui/list-pagination.component';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { QueryError } from '../../../app/ui/query-error.component';
import { SearchField } from '../../../app/ui/search-field.component';
import { orUndefined, useListParams } from '../../../app/ui/use-list-params.hook';
import { useUnitsQuery } from '../hooks/use-units.query';
import { UnitList } from './unit-list.component';

const PAGE_SIZE = 20;

/** Children of a unit (or the caller's scope roots), or a search through the whole subtree. */
export function UnitChildren({ parentId, listLabel }: { parentId?: string | undefined; listLabel: string }) {
  const { t } = useTranslation();
  const { page, values, setFilter, setPage } = useListParams(['search']);
  const search = orUndefined(values.search);
  const units = useUnitsQuery({ parentId, search, page, pageSize: PAGE_SIZE });

  return (
    <Stack gap="sm">
      <SearchField
        label={t('units.search')}
        placeholder={t('units.searchPlaceholder')}
        value={values.search}
        onChange={(value) => setFilter('search', value)}
      />
      <div aria-live="polite" aria-busy={units.isFetching}>
        {units.isPending ? (
          <ListSkeleton />
        ) : units.isError ? (
          <QueryError error={units.error} onRetry={() => void units.refetch()} />
        ) : units.data.items.length === 0 ? (
          <EmptyList
            title={search ? t('units.noSearchResults') : t('units.noChildren')}
            description={search ? t('common.tryOtherSearch') : undefined}
          />
        ) : (
          <Stack gap="sm">
            <UnitList units={units.data.items} label={search ? t('units.searchResults') : listLabel} />
            <ListPagination
              page={units.data.page}
              pageSize={units.data.pageSize}
              total={units.data.total}
              onChange={setPage}
            />
          </Stack>
        )}
      </div>
    </Stack>
  );
}
