import { Anchor, Button, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { ListPagination } from '../../../app/ui/list-pagination.component';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { PageHeader } from '../../../app/ui/page-header.component';
import { QueryError } from '../../../app/ui/query-error.component';
import { SearchField } from '../../../app/ui/search-field.component';
import { orUndefined, useListParams } from '../../../app/ui/use-list-params.hook';
import { formatDateTime } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { UnitPicker } from '../../units/components/unit-picker.component';
import { useUnitQuery } from '../../units/hooks/use-unit.query';
import { RoleBadges } from '../components/role-badges.component';
import { UserStatusBadge } from '../components/user-status-badge.component';
import { useUsersQuery } from '../hooks/use-users.query';

const PAGE_SIZE = 20;

export function UsersListPage() {
  const { t } = useTranslation();
  const locale = useLocale();
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
      <div aria-live="polite" aria-busy={users.isFetching}>
        {users.isPending ? (
          <ListSkeleton />
        ) : users.isError ? (
          <QueryError error={users.error} onRetry={() => void users.refetch()} />
        ) : users.data.items.length === 0 ? (
          <EmptyList
            title={filtered ? t('users.noResults') : t('users.empty')}
            description={search ? t('common.tryOtherSearch') : unitId ? t('users.unitEmpty') : undefined}
          />
        ) : (
          <Stack gap="sm">
            <Table.ScrollContainer minWidth={320}>
              <Table striped highlightOnHover verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('users.fields.person')}</Table.Th>
                    <Table.Th scope="col" visibleFrom="sm">
                      {t('users.fields.login')}
                    </Table.Th>
                    <Table.Th scope="col" visibleFrom="md">
                      {t('users.fields.roles')}
                    </Table.Th>
                    <Table.Th scope="col">{t('users.fields.status')}</Table.Th>
                    <Table.Th scope="col" visibleFrom="lg">
                      {t('users.fields.lastSignIn')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {users.data.items.map((user) => (
                    <Table.Tr key={user.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/users/${user.id}`} fw={500}>
                          {user.person.name}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {user.unit.name}
                        </Text>
                      </Table.Td>
                      <Table.Td visibleFrom="sm">
                        <Text size="sm">{user.email}</Text>
                        <Text size="sm">{user.phone}</Text>
                      </Table.Td>
                      <Table.Td visibleFrom="md">
                        <RoleBadges roles={user.roles} withUnit={false} />
                      </Table.Td>
                      <Table.Td>
                        <UserStatusBadge user={user} />
                      </Table.Td>
                      <Table.Td visibleFrom="lg">
                        {user.lastSignInAt ? formatDateTime(user.lastSignInAt, locale) : t('users.neverSignedIn')}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <ListPagination
              page={users.data.page}
              pageSize={users.data.pageSize}
              total={users.data.total}
              onChange={setPage}
            />
          </Stack>
        )}
      </div>
    </Stack>
  );
}
