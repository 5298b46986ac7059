import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { UserView } from '@sen/contracts';
import { formatDateTime } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { RoleBadges } from './role-badges.component';
import { UserStatusBadge } from './user-status-badge.component';

export function UsersTable({ users }: { users: UserView[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
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
          {users.map((user) => (
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
  );
}
