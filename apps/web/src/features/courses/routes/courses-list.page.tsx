import { Button, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { routes } from '@sen/contracts';
import { useCan } from '../../../app/access/use-can.hook';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { ListState } from '../../../app/ui/list-state.component';
import { PageHeader } from '../../../app/ui/page-header.component';
import { orUndefined, useListParams } from '../../../app/ui/use-list-params.hook';
import { SearchAndUnitFilter } from '../../units/components/search-and-unit-filter.component';
import { useUnitQuery } from '../../units/hooks/use-unit.query';
import { CoursesTable } from '../components/courses-table.component';
import { useCoursesQuery } from '../hooks/use-course-queries';

const PAGE_SIZE = 20;

export function CoursesListPage() {
  const { t } = useTranslation();
  const canCreate = useCan(routes.createCourse);
  const { page, values, setFilter, setPage } = useListParams(['search', 'unitId']);
  const unitId = orUndefined(values.unitId);
  const search = orUndefined(values.search);
  const unit = useUnitQuery(unitId);
  const courses = useCoursesQuery({ unitId, search, page, pageSize: PAGE_SIZE });
  const filtered = Boolean(unitId || search);
  const createLink = (
    <Button component={Link} to="/courses/new">
      {t('courses.create.action')}
    </Button>
  );

  return (
    <Stack>
      <PageHeader title={t('courses.title')} actions={canCreate ? createLink : undefined} />
      <SearchAndUnitFilter
        searchLabel={t('courses.search')}
        searchPlaceholder={t('courses.searchPlaceholder')}
        unitLabel={t('courses.unitFilter')}
        search={values.search ?? ''}
        onSearchChange={(value) => setFilter('search', value)}
        unitId={unitId}
        unit={unit.data}
        onUnitChange={(id) => setFilter('unitId', id)}
      />
      <ListState
        query={courses}
        empty={
          <EmptyList
            title={filtered ? t('courses.noResults') : t('courses.empty')}
            description={filtered ? t('common.tryOtherSearch') : canCreate ? t('courses.emptyHint') : undefined}
            action={!filtered && canCreate ? createLink : undefined}
          />
        }
        onPageChange={setPage}
      >
        {(items) => (
          <CoursesTable
            courses={items}
            caption={unit.data ? t('courses.ownedBy', { name: unit.data.name }) : t('courses.inScope')}
          />
        )}
      </ListState>
    </Stack>
  );
}
