import { Box, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EnrolmentView } from '@sen/contracts';
import { CaptionedTable } from '../../../app/ui/captioned-table.component';
import { formatDate } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { EnrolmentProgress } from './enrolment-progress.component';
import { EnrolmentStatusBadge } from './enrolment-status-badge.component';
import { EnrolmentVersion } from './enrolment-version.component';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

interface EnrolmentsTableProps {
  enrolments: EnrolmentView[];
  caption: string;
  /** The newest published version, which new enrolments get. */
  latestNo: number | null;
  /** The ended column is empty unless ended enrolments are listed. */
  showEnded: boolean;
  /** Absent for those who may only read the list. */
  onEnd?: ((enrolment: EnrolmentView) => void) | undefined;
}

export function EnrolmentsTable({ enrolments, caption, latestNo, showEnded, onEnd }: EnrolmentsTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const date = (iso: string | null) => (iso ? formatDate(iso, locale) : '—');
  return (
    <CaptionedTable caption={caption}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('courses.learners.person')}</Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t('courses.learners.unit')}
          </Table.Th>
          <Table.Th scope="col">{t('courses.learners.version')}</Table.Th>
          <Table.Th scope="col" visibleFrom="md">
            {t('courses.learners.source')}
          </Table.Th>
          <Table.Th scope="col">{t('courses.learners.status')}</Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t('courses.learners.progress')}
          </Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t('courses.learners.dueAt')}
          </Table.Th>
          <Table.Th scope="col" visibleFrom="md">
            {t('courses.learners.completedAt')}
          </Table.Th>
          {showEnded && (
            <Table.Th scope="col" visibleFrom="md">
              {t('courses.learners.endedAt')}
            </Table.Th>
          )}
          {onEnd && (
            <Table.Th scope="col" visibleFrom="sm">
              <VisuallyHidden>{t('courses.learners.actions')}</VisuallyHidden>
            </Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {enrolments.map((enrolment) => (
          <Table.Tr key={enrolment.id}>
            <Table.Th scope="row" fw={500}>
              {enrolment.person.name}
              <Text size="xs" c="dimmed" hiddenFrom="sm">
                {enrolment.unit.name}
                {enrolment.dueAt ? ` · ${t('courses.learners.dueShort', { date: date(enrolment.dueAt) })}` : ''}
              </Text>
              {/* On phones the action sits under the name, leaving the width to name, version and status. */}
              {onEnd && !enrolment.endedAt && (
                <Box hiddenFrom="sm" mt={4}>
                  <UnenrolButton enrolment={enrolment} onEnd={onEnd} />
                </Box>
              )}
            </Table.Th>
            <Table.Td visibleFrom="sm">{enrolment.unit.name}</Table.Td>
            <Table.Td style={NO_WRAP}>
              <EnrolmentVersion versionNo={enrolment.versionNo} latestNo={latestNo} />
            </Table.Td>
            <Table.Td visibleFrom="md">{t(`courses.learners.sources.${enrolment.source}`)}</Table.Td>
            <Table.Td style={NO_WRAP}>
              <EnrolmentStatusBadge enrolment={enrolment} />
              {/* Phones have no room for the progress column; the count fits under the status. */}
              <Text size="xs" c="dimmed" hiddenFrom="sm" mt={2}>
                {t('courses.learners.progressShort', {
                  completed: enrolment.completedLessons,
                  total: enrolment.totalLessons,
                })}
              </Text>
            </Table.Td>
            <Table.Td visibleFrom="sm">
              <EnrolmentProgress completed={enrolment.completedLessons} total={enrolment.totalLessons} />
            </Table.Td>
            <Table.Td visibleFrom="sm" style={NO_WRAP}>
              {date(enrolment.dueAt)}
            </Table.Td>
            <Table.Td visibleFrom="md" style={NO_WRAP}>
              {date(enrolment.completedAt)}
            </Table.Td>
            {showEnded && (
              <Table.Td visibleFrom="md" style={NO_WRAP}>
                {date(enrolment.endedAt)}
              </Table.Td>
            )}
            {onEnd && (
              <Table.Td style={NO_WRAP} visibleFrom="sm">
                {!enrolment.endedAt && <UnenrolButton enrolment={enrolment} onEnd={onEnd} />}
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </CaptionedTable>
  );
}

function UnenrolButton({ enrolment, onEnd }: { enrolment: EnrolmentView; onEnd: (enrolment: EnrolmentView) => void }) {
  const { t } = useTranslation();
  return (
    <Button
      size="compact-sm"
      variant="subtle"
      color="red"
      px={4}
      onClick={() => onEnd(enrolment)}
      aria-label={t('courses.learners.unenrolLabel', { name: enrolment.person.name })}
    >
      {t('courses.learners.unenrol')}
    </Button>
  );
}
