import { useState } from 'react';
import { Button, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { routeTable } from '@sen/contracts';
import { useCan } from '../../../app/access/use-can.hook';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { ListState } from '../../../app/ui/list-state.component';
import { PageHeader } from '../../../app/ui/page-header.component';
import { SearchField } from '../../../app/ui/search-field.component';
import { orUndefined, useListParams } from '../../../app/ui/use-list-params.hook';
import { CommitteeFormDialog } from '../components/committee-form.dialog';
import { CommitteesTable } from '../components/committees-table.component';
import { useCommitteesQuery } from '../hooks/use-committee-queries';

const PAGE_SIZE = 20;

/** Committees managed in the caller's scope: admins add them, reviewers open them to schedule reports. */
export function CommitteesListPage() {
  const { t } = useTranslation();
  const { page, values, setFilter, setPage } = useListParams(['search', 'state']);
  const search = orUndefined(values.search);
  const state = values.state === 'archived' ? 'archived' : 'active';
  const committees = useCommitteesQuery({ search, state, page, pageSize: PAGE_SIZE });
  const canCreate = useCan(routeTable.createCommittee);
  const [creating, setCreating] = useState(false);
  const createButton = canCreate ? (
    <Button onClick={() => setCreating(true)}>{t('committees.create.action')}</Button>
  ) : undefined;

  return (
    <Stack>
      <PageHeader title={t('committees.title')} actions={createButton} />
      <Text size="sm" c="dimmed">
        {t('committees.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} role="search" aria-label={t('committees.filters')}>
        <SearchField
          label={t('committees.search')}
          placeholder={t('committees.searchPlaceholder')}
          value={values.search}
          onChange={(value) => setFilter('search', value)}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="committee-state-label">
            {t('committees.state.label')}
          </Text>
          <SegmentedControl
            aria-labelledby="committee-state-label"
            value={state}
            onChange={(value) => setFilter('state', value === 'archived' ? 'archived' : '')}
            data={[
              { value: 'active', label: t('committees.state.active') },
              { value: 'archived', label: t('committees.state.archived') },
            ]}
          />
        </Stack>
      </SimpleGrid>
      <ListState
        query={committees}
        empty={
          search ? (
            <EmptyList title={t('committees.noResults')} description={t('common.tryOtherSearch')} />
          ) : (
            <EmptyList
              title={t('committees.empty')}
              description={canCreate ? t('committees.emptyHint') : undefined}
              action={state === 'active' ? createButton : undefined}
            />
          )
        }
        onPageChange={setPage}
      >
        {(items) => <CommitteesTable committees={items} />}
      </ListState>
      {creating && <CommitteeFormDialog onClose={() => setCreating(false)} />}
    </Stack>
  );
}
