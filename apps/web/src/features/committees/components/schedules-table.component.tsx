import { Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportScheduleView } from '@sen/contracts';
import { CaptionedTable } from '../../../app/ui/captioned-table.component';
import { formatDateTime } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';

export type ScheduleAction = 'edit' | 'toggle' | 'delete';

interface SchedulesTableProps {
  schedules: ReportScheduleView[];
  /** Absent for those who may only read them. */
  onAction?: ((action: ScheduleAction, schedule: ReportScheduleView) => void) | undefined;
  /** The schedule whose switch is being sent. */
  busyId?: string | null;
}

export function SchedulesTable({ schedules, onAction, busyId }: SchedulesTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <CaptionedTable caption={t('committees.schedules.caption')} hover={false}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('committees.schedules.columns.kind')}</Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t('committees.schedules.columns.courses')}
          </Table.Th>
          <Table.Th scope="col" visibleFrom="md">
            {t('committees.schedules.columns.next')}
          </Table.Th>
          <Table.Th scope="col">{t('committees.schedules.columns.status')}</Table.Th>
          {onAction && (
            <Table.Th scope="col">
              <VisuallyHidden>{t('committees.schedules.columns.actions')}</VisuallyHidden>
            </Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {schedules.map((schedule) => {
          const kind = t(`committees.schedules.kinds.${schedule.kind}`);
          return (
            <Table.Tr key={schedule.id}>
              <Table.Th scope="row" fw={500}>
                {kind}
                <Text size="xs" c="dimmed" fw={400}>
                  {t(`committees.schedules.kindHelp.${schedule.kind}`)}
                </Text>
                {schedule.cohort && (
                  <Text size="xs" fw={400}>
                    {t('committees.schedules.cohort', { name: schedule.cohort.name })}
                  </Text>
                )}
              </Table.Th>
              <Table.Td visibleFrom="sm">
                <Text size="sm">
                  {schedule.courses.length
                    ? schedule.courses.map((course) => course.name).join('; ')
                    : t('committees.schedules.allCourses')}
                </Text>
              </Table.Td>
              <Table.Td visibleFrom="md" style={{ whiteSpace: 'nowrap' }}>
                {schedule.nextRunAt ? formatDateTime(schedule.nextRunAt, locale) : t('committees.schedules.noNextRun')}
              </Table.Td>
              <Table.Td>
                {/* A narrow column must not cut the status to "ĐAN…". */}
                <Badge
                  size="sm"
                  variant="light"
                  color={schedule.enabled ? 'teal' : 'gray'}
                  styles={{ label: { overflow: 'visible' } }}
                >
                  {schedule.enabled
                    ? t('committees.schedules.status.enabled')
                    : t('committees.schedules.status.disabled')}
                </Badge>
              </Table.Td>
              {onAction && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      aria-label={t('committees.schedules.edit.label', { kind })}
                      onClick={() => onAction('edit', schedule)}
                    >
                      {t('committees.schedules.edit.action')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      loading={busyId === schedule.id}
                      aria-label={
                        schedule.enabled
                          ? t('committees.schedules.toggle.disableLabel', { kind })
                          : t('committees.schedules.toggle.enableLabel', { kind })
                      }
                      onClick={() => onAction('toggle', schedule)}
                    >
                      {schedule.enabled
                        ? t('committees.schedules.toggle.disable')
                        : t('committees.schedules.toggle.enable')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      disabled={schedule.hasReports}
                      title={schedule.hasReports ? t('committees.schedules.delete.hasReports') : undefined}
                      aria-label={t('committees.schedules.delete.label', { kind })}
                      onClick={() => onAction('delete', schedule)}
                    >
                      {t('committees.schedules.delete.action')}
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </CaptionedTable>
  );
}
