import { Button, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { routeTable } from '@sen/contracts';
import { useCan } from '../../../app/access/use-can.hook';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { ListState } from '../../../app/ui/list-state.component';
import { PageHeader } from '../../../app/ui/page-header.component';
import { orUndefined, useListParams } from '../../../app/ui/use-list-params.hook';
import { SearchAndUnitFilter } from '../../units/components/search-and-unit-filter.component';
import { useUnitQuery } from '../../units/hooks/use-unit.query';
import { PeopleTable } from '../components/people-table.component';
import { usePeopleQuery } from '../hooks/use-people.query';

const PAGE_SIZE = 20;

export function PeopleListPage() {
  const { t } = useTranslation();
  const canCreate = useCan(routeTable.createPerson);
  const { page, values, setFilter, setPage } = useListParams(['search', 'unitId']);
  const unitId = orUndefined(values.unitId);
  const search = orUndefined(values.search);
  // The filter's unit name, for a link shared or opened from the organisation screen.
  const unit = useUnitQuery(unitId);
  const people = usePeopleQuery({ unitId, search, page, pageSize: PAGE_SIZE });
  // Only search words deserve "try other words"; a unit alone may simply have nobody yet.
  const filtered = Boolean(unitId || search);

  return (
    <Stack>
      <PageHeader
        title={t('people.title')}
        actions={
          canCreate ? (
            <Button component={Link} to={unitId ? `/people/new?unitId=${unitId}` : '/people/new'}>
              {t('people.create.action')}
            </Button>
          ) : undefined
        }
      />
      <SearchAndUnitFilter
        searchLabel={t('people.search')}
        searchPlaceholder={t('people.searchPlaceholder')}
        unitLabel={t('people.unitFilter')}
        search={values.search ?? ''}
        onSearchChange={(value) => setFilter('search', value)}
        unitId={unitId}
        unit={unit.data}
        onUnitChange={(id) => setFilter('unitId', id)}
      />
      <ListState
        query={people}
        empty={
          <EmptyList
            title={filtered ? t('people.noResults') : t('people.empty')}
            description={search ? t('common.tryOtherSearch') : unitId ? t('people.unitEmpty') : undefined}
          />
        }
        onPageChange={setPage}
      >
        {(items) => (
          <PeopleTable
            people={items}
            caption={unit.data ? t('people.membersOf', { name: unit.data.name }) : t('people.inScope')}
          />
        )}
      </ListState>
    </Stack>
  );
}
