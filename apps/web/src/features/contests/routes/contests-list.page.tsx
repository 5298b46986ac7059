import { Button, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { routeTable } from '@sen/contracts';
import { useCan } from '../../../app/access/use-can.hook';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { ListState } from '../../../app/ui/list-state.component';
import { PageHeader } from '../../../app/ui/page-header.component';
import { useListParams } from '../../../app/ui/use-list-params.hook';
import { ContestsTable } from '../components/contests-table.component';
import { useContestsQuery } from '../hooks/use-contest-queries';

const PAGE_SIZE = 20;

export function ContestsListPage() {
  const { t } = useTranslation();
  const canCreate = useCan(routeTable.createContest);
  const { page, setPage } = useListParams([]);
  const contests = useContestsQuery({ page, pageSize: PAGE_SIZE });
  const createLink = (
    <Button component={Link} to="/contests/new">
      {t('contests.create.action')}
    </Button>
  );
  return (
    <Stack>
      <PageHeader title={t('contests.title')} actions={canCreate ? createLink : undefined} />
      <ListState
        query={contests}
        empty={
          <EmptyList
            title={t('contests.empty')}
            description={canCreate ? t('contests.emptyHint') : undefined}
            action={canCreate ? createLink : undefined}
          />
        }
        onPageChange={setPage}
      >
        {(items) => <ContestsTable contests={items} />}
      </ListState>
    </Stack>
  );
}
