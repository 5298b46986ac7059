import { Anchor, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ROSTER_STATUSES, routeTable, type AnalyticsRosterRow } from '@sen/contracts';
import { useCan } from '../../../app/access/use-can.hook';
import { CaptionedTable } from '../../../app/ui/captioned-table.component';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { ListState } from '../../../app/ui/list-state.component';
import { useLocale } from '../../../i18n/use-locale.hook';
import type { AnalyticsRosterParams } from '../api/analytics.keys';
import { formatDay } from '../hooks/analytics-format';
import type { RosterStatus } from '../hooks/analytics-filters';
import { useAnalyticsRosterQuery } from '../hooks/use-analytics';

interface RosterPanelProps {
  unitId: string;
  unitName: string;
  params: AnalyticsRosterParams;
  status: RosterStatus | undefined;
  onStatusChange: (status: RosterStatus | undefined) => void;
  onPageChange: (page: number) => void;
}

const ALL = 'all' as const;

/** The required cadres of the unit's subtree, one row per person, position and course. */
export function RosterPanel({ unitId, unitName, params, status, onStatusChange, onPageChange }: RosterPanelProps) {
  const { t } = useTranslation();
  const roster = useAnalyticsRosterQuery(unitId, params, true);
  return (
    <Stack>
      <Group gap="sm" align="center">
        <Text size="sm" fw={500} id="analytics-roster-status">
          {t('analytics.roster.status')}
        </Text>
        <SegmentedControl
          aria-labelledby="analytics-roster-status"
          value={status ?? ALL}
          onChange={(value) => onStatusChange(ROSTER_STATUSES.find((item) => item === value))}
          data={[ALL, ...ROSTER_STATUSES].map((value) => ({
            value,
            label: t(`analytics.roster.statusOptions.${value}`),
          }))}
        />
      </Group>
      <ListState query={roster} empty={<EmptyList title={t('analytics.roster.empty')} />} onPageChange={onPageChange}>
        {(items) => <RosterTable rows={items} caption={t('analytics.roster.caption', { name: unitName })} />}
      </ListState>
    </Stack>
  );
}

function RosterTable({ rows, caption }: { rows: AnalyticsRosterRow[]; caption: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const canOpenPerson = useCan(routeTable.getPerson);
  return (
    <CaptionedTable caption={caption}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('analytics.roster.columns.person')}</Table.Th>
          <Table.Th>{t('analytics.roster.columns.unit')}</Table.Th>
          <Table.Th>{t('analytics.roster.columns.position')}</Table.Th>
          <Table.Th>{t('analytics.roster.columns.role')}</Table.Th>
          <Table.Th>{t('analytics.roster.columns.course')}</Table.Th>
          <Table.Th>{t('analytics.roster.columns.requiredFrom')}</Table.Th>
          <Table.Th>{t('analytics.roster.columns.completedOn')}</Table.Th>
          <Table.Th>{t('analytics.roster.columns.quiz')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={`${row.person.id}:${row.unit.id}:${row.position}:${row.role}:${row.course.id}`}>
            <Table.Th scope="row" fw={400}>
              {canOpenPerson ? (
                <Anchor component={Link} to={`/people/${row.person.id}`} size="sm">
                  {row.person.name}
                </Anchor>
              ) : (
                row.person.name
              )}
            </Table.Th>
            <Table.Td>{row.unit.name}</Table.Td>
            <Table.Td>{t(`positionKinds.${row.position}`)}</Table.Td>
            <Table.Td>{t(`positionRoles.${row.role}`)}</Table.Td>
            <Table.Td>{row.course.name}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(row.requiredFrom, locale)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {row.completedOn ? (
                formatDay(row.completedOn, locale)
              ) : (
                <Text size="sm" c="dimmed" component="span">
                  {t('analytics.roster.notCompleted')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {row.passed
                ? t('analytics.roster.quiz.passed')
                : row.sat
                  ? t('analytics.roster.quiz.failed')
                  : t('analytics.roster.quiz.notSat')}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </CaptionedTable>
  );
}
