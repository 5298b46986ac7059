import { Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequirementView } from '@sen/contracts';
import { CaptionedTable } from '../../../app/ui/captioned-table.component';
import { formatDate } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';

interface RequirementsTableProps {
  requirements: RequirementView[];
  /** Absent for those who may only read the list. */
  onEnd?: ((requirement: RequirementView) => void) | undefined;
}

export function RequirementsTable({ requirements, onEnd }: RequirementsTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <CaptionedTable caption={t('courses.requirements.caption')} hover={false}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('courses.delivery.unit')}</Table.Th>
          <Table.Th scope="col">{t('courses.delivery.positions')}</Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t('courses.delivery.dueAt')}
          </Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t('courses.requirements.enrolled')}
          </Table.Th>
          <Table.Th scope="col" visibleFrom="md">
            {t('courses.requirements.createdBy')}
          </Table.Th>
          <Table.Th scope="col" visibleFrom="md">
            {t('courses.requirements.createdAt')}
          </Table.Th>
          {onEnd && (
            <Table.Th scope="col">
              <VisuallyHidden>{t('courses.learners.actions')}</VisuallyHidden>
            </Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {requirements.map((requirement) => (
          <Table.Tr key={requirement.id}>
            <Table.Th scope="row" fw={500}>
              {requirement.unit.name}
              <Text size="xs" c="dimmed" hiddenFrom="sm">
                {requirement.dueAt
                  ? t('courses.learners.dueShort', { date: formatDate(requirement.dueAt, locale) })
                  : t('courses.requirements.noDue')}
                {' · '}
                {t('courses.requirements.enrolledCount', {
                  count: requirement.enrolled,
                  completed: requirement.completed,
                })}
              </Text>
            </Table.Th>
            <Table.Td>
              <Group gap={4}>
                {requirement.positions.map((kind) => (
                  <Badge key={kind} size="sm" variant="light" color="pink">
                    {t(`positionKinds.${kind}`)}
                  </Badge>
                ))}
                {requirement.includeReserves && (
                  <Badge size="sm" variant="outline" color="gray">
                    {t('courses.requirements.withReserves')}
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td visibleFrom="sm">
              {requirement.dueAt ? formatDate(requirement.dueAt, locale) : t('courses.requirements.noDue')}
            </Table.Td>
            <Table.Td visibleFrom="sm">
              {t('courses.requirements.enrolledCount', {
                count: requirement.enrolled,
                completed: requirement.completed,
              })}
            </Table.Td>
            <Table.Td visibleFrom="md">{requirement.createdBy.name}</Table.Td>
            <Table.Td visibleFrom="md">{formatDate(requirement.createdAt, locale)}</Table.Td>
            {onEnd && (
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  onClick={() => onEnd(requirement)}
                  aria-label={t('courses.requirements.end.label', { unit: requirement.unit.name })}
                >
                  {t('courses.requirements.end.action')}
                </Button>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </CaptionedTable>
  );
}
