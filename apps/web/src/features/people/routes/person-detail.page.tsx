import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { routeTable } from '@sen/contracts';
import { useCan } from '../../../app/access/use-can.hook';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { PageHeader } from '../../../app/ui/page-header.component';
import { QueryError } from '../../../app/ui/query-error.component';
import { usePersonQuery } from '../hooks/use-person.query';

export function PersonDetailPage() {
  const { t } = useTranslation();
  const { personId = '' } = useParams();
  const person = usePersonQuery(personId);
  const canCreateAccount = useCan(routeTable.createUser);

  if (person.isPending) return <ListSkeleton rows={4} />;
  if (person.isError) return <QueryError error={person.error} onRetry={() => void person.refetch()} />;
  const p = person.data;
  const unknown = t('common.notGiven');

  return (
    <Stack>
      <Anchor component={Link} to="/people" size="sm">
        ‹ {t('people.backToList')}
      </Anchor>
      <PageHeader
        title={p.fullName}
        actions={
          canCreateAccount && !p.hasAccount ? (
            <Button component={Link} to={`/users/new?personId=${p.id}`}>
              {t('users.create.forPerson')}
            </Button>
          ) : undefined
        }
      />
      <Paper withBorder p="md">
        <Stack gap="xs" component="dl" m={0}>
          <Field label={t('people.fields.unit')}>
            <Anchor component={Link} to={`/units/${p.unit.id}`}>
              {p.unit.name}
            </Anchor>
          </Field>
          <Field label={t('people.fields.gender')}>{p.gender ? t(`genders.${p.gender}`) : unknown}</Field>
          <Field label={t('people.fields.birthYear')}>{p.birthYear ?? unknown}</Field>
          <Field label={t('people.fields.email')}>{p.email ?? unknown}</Field>
          <Field label={t('people.fields.phone')}>{p.phone ?? unknown}</Field>
          <Field label={t('people.fields.account')}>
            {p.hasAccount ? t('people.hasAccount') : t('people.noAccount')}
          </Field>
        </Stack>
      </Paper>
      <Title order={2} size="h4">
        {t('people.fields.positions')}
      </Title>
      {p.positions.length === 0 ? (
        <EmptyList title={t('people.noPositions')} />
      ) : (
        <Table.ScrollContainer minWidth={320}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('positions.fields.kind')}</Table.Th>
                <Table.Th scope="col">{t('positions.fields.role')}</Table.Th>
                <Table.Th scope="col">{t('people.fields.unit')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.positions.map((position) => (
                <Table.Tr key={position.assignmentId}>
                  <Table.Td>{t(`positionKinds.${position.kind}`)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={position.role === 'holder' ? 'pink' : 'gray'}>
                      {t(`positionRoles.${position.role}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/units/${position.unit.id}`}>
                      {position.unit.name}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="baseline">
      <Text component="dt" size="sm" c="dimmed" miw={120}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </Group>
  );
}
