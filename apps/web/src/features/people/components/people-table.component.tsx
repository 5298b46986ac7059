import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '@sen/contracts';
import { CaptionedTable } from '../../../app/ui/captioned-table.component';

export function PeopleTable({ people, caption }: { people: PersonView[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <CaptionedTable caption={caption}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('people.fields.fullName')}</Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t('people.fields.unit')}
          </Table.Th>
          <Table.Th scope="col" visibleFrom="md">
            {t('people.fields.positions')}
          </Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t('people.fields.account')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {people.map((person) => (
          <Table.Tr key={person.id}>
            <Table.Td>
              <Anchor component={Link} to={`/people/${person.id}`} fw={500}>
                {person.fullName}
              </Anchor>
              <Text size="xs" c="dimmed" hiddenFrom="sm">
                {person.unit.name}
              </Text>
            </Table.Td>
            <Table.Td visibleFrom="sm">{person.unit.name}</Table.Td>
            <Table.Td visibleFrom="md">
              <Group gap={4}>
                {person.positions.map((position) => (
                  <Badge
                    key={position.assignmentId}
                    size="sm"
                    variant={position.role === 'holder' ? 'light' : 'outline'}
                    color={position.role === 'holder' ? 'pink' : 'gray'}
                  >
                    {t(`positionKinds.${position.kind}`)}
                    {position.role === 'reserve' ? ` · ${t('positionRoles.reserve')}` : ''}
                  </Badge>
                ))}
              </Group>
            </Table.Td>
            <Table.Td visibleFrom="sm">{person.hasAccount ? t('common.yes') : t('common.no')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </CaptionedTable>
  );
}
