import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ContestListItem } from '@sen/contracts';
import { CaptionedTable } from '../../../app/ui/captioned-table.component';
import { formatDateTime } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { ContestStatusBadge } from './contest-status-badge.component';

export function ContestsTable({ contests }: { contests: ContestListItem[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <CaptionedTable caption={t('contests.inScope')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('contests.fields.title')}</Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t('contests.schedule')}
          </Table.Th>
          <Table.Th scope="col" visibleFrom="md">
            {t('contests.participants')}
          </Table.Th>
          <Table.Th scope="col">{t('contests.statusLabel')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {contests.map((contest) => (
          <Table.Tr key={contest.id}>
            <Table.Td>
              <Anchor component={Link} to={`/contests/${contest.id}`} fw={500}>
                {contest.title}
              </Anchor>
              <Text size="xs" c="dimmed">
                {contest.course.name} · {contest.units.map((unit) => unit.name).join(', ')}
              </Text>
            </Table.Td>
            <Table.Td visibleFrom="sm">
              <Text size="sm">
                {t('contests.window', {
                  from: formatDateTime(contest.opensAt, locale),
                  to: formatDateTime(contest.closesAt, locale),
                })}
              </Text>
            </Table.Td>
            <Table.Td visibleFrom="md">{contest.participants}</Table.Td>
            <Table.Td>
              <ContestStatusBadge status={contest.status} frozen={contest.frozenAt !== null} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </CaptionedTable>
  );
}
