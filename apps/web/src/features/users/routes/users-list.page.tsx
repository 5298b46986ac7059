import { Button, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { ListState } from '../../../app/ui/list-state.component';
import { PageHeader } from '../../../app/ui/page-header.component';
import { orUndefined, useListParams } from '../../../app/ui/use-list-params.hook';
import { SearchAndUnitFilter } from '../../units/components/search-and-unit-filter.component';
import { useUnitQuery } from '../../units/hooks/use-unit.query';
import { UsersTable } from '../components/users-table.component';
import { useUsersQuery } from '../hooks/use-users.query';

const PAGE_SIZE = 20;

export function UsersListPage() {
  const { t } = useTranslation();
  const { page, values, setFilter, setPage } = useListParams(['search', 'unitId']);
  const unitId = orUndefined(values.unitId);
  const search = orUndefined(values.search);
  const unit = useUnitQuery(unitId);
  const users = useUsersQuery({ unitId, search, page, pageSize: PAGE_SIZE });
  // Only search words deserve "try other words"; a unit alone may simply have nobody yet.
  const filtered = Boolean(unitId || search);

  return (
    <Stack>
      <PageHeader
        title={t('users.title')}
        actions={
          <Button component={Link} to="/users/new">
            {t('users.create.action')}
          </Button>
        }
      />
      <SearchAndUnitFilter
        searchLabel={t('users.search')}
        searchPlaceholder={t('users.searchPlaceholder')}
        unitLabel={t('users.unitFilter')}
        search={values.search ?? ''}
        onSearchChange={(value) => setFilter('search', value)}
        unitId={unitId}
        unit={unit.data}
        onUnitChange={(id) => setFilter('unitId', id)}
      />
      <ListState
        query={users}
        empty={
          <EmptyList
            title={filtered ? t('users.noResults') : t('users.empty')}
            description={search ? t('common.tryOtherSearch') : unitId ? t('users.unitEmpty') : undefined}
          />
        }
        onPageChange={setPage}
      >
        {(items) => <UsersTable users={items} />}
      </ListState>
    </Stack>
  );
}
