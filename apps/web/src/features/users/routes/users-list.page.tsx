import { Button, SimpleGrid, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { ListState } from '../../../app/ui/list-state.component';
import { PageHeader } from '../../../app/ui/page-header.component';
import { SearchField } from '../../../app/ui/search-field.component';
import { orUndefined, useListParams } from '../../../app/ui/use-list-params.hook';
import { UnitPicker } from '../../units/components/unit-picker.component';
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
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <SearchField
          label={t('users.search')}
          placeholder={t('users.searchPlaceholder')}
          value={values.search}
          onChange={(value) => setFilter('search', value)}
        />
        <UnitPicker
          label={t('users.unitFilter')}
          clearable
          value={unitId ?? null}
          selected={unit.data ? { id: unit.data.id, name: unit.data.name } : null}
          onChange={(id) => setFilter('unitId', id ?? '')}
        />
      </SimpleGrid>
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
