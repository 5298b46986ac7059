import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { ListState } from '../../../app/ui/list-state.component';
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
      <ListState
        query={units}
        empty={
          <EmptyList
            title={search ? t('units.noSearchResults') : t('units.noChildren')}
            description={search ? t('common.tryOtherSearch') : undefined}
          />
        }
        onPageChange={setPage}
      >
        {(items) => <UnitList units={items} label={search ? t('units.searchResults') : listLabel} />}
      </ListState>
    </Stack>
  );
}
