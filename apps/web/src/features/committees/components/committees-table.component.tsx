import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CommitteeSummary } from '@sen/contracts';
import { CaptionedTable } from '../../../app/ui/captioned-table.component';
import { CommitteeKindBadge } from './committee-kind-badge.component';

export function CommitteesTable({ committees }: { committees: CommitteeSummary[] }) {
  const { t } = useTranslation();
  return (
    <CaptionedTable caption={t('committees.caption')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('committees.columns.name')}</Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t('committees.columns.unit')}
          </Table.Th>
          <Table.Th scope="col" visibleFrom="md">
            {t('committees.columns.covers')}
          </Table.Th>
          <Table.Th scope="col">{t('committees.columns.recipients')}</Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t('committees.columns.schedules')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {committees.map((committee) => (
          <Table.Tr key={committee.id}>
            <Table.Td>
              <Anchor component={Link} to={`/committees/${committee.id}`} fw={500}>
                {committee.name}
              </Anchor>
              <Group gap={4} mt={2}>
                <CommitteeKindBadge kind={committee.kind} />
                {committee.archivedAt && (
                  <Badge size="sm" color="gray" variant="outline">
                    {t('committees.archivedBadge')}
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td visibleFrom="sm">{committee.unit.name}</Table.Td>
            <Table.Td visibleFrom="md">
              <Text size="sm">{committee.units.map((unit) => unit.name).join(', ')}</Text>
            </Table.Td>
            <Table.Td>{committee.recipientCount}</Table.Td>
            <Table.Td visibleFrom="sm">{committee.enabledScheduleCount}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </CaptionedTable>
  );
}
