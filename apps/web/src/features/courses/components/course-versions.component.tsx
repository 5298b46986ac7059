import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CourseDetail } from '@sen/contracts';
import { formatDateTime } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { versionsNewestFirst } from './course-status';
import { CaptionedTable } from '../../../app/ui/captioned-table.component';

/** Every version of a course; any can be opened to read its content. */
export function CourseVersions({ course, shownId }: { course: CourseDetail; shownId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <CaptionedTable caption={t('courses.versions.caption')} hover={false}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('courses.versions.number')}</Table.Th>
          <Table.Th scope="col">{t('courses.versions.status')}</Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t('courses.versions.publishedAt')}
          </Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t('courses.versions.publishedBy')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {versionsNewestFirst(course).map((version) => (
          <Table.Tr key={version.id}>
            <Table.Th scope="row" fw={500}>
              {version.id === shownId ? (
                <Text span inherit aria-current="true">
                  {t('courses.versions.label', { n: version.versionNo })} · {t('courses.versions.shown')}
                </Text>
              ) : (
                <Anchor
                  component={Link}
                  to={`/courses/${course.id}?version=${version.id}`}
                  aria-label={t('courses.versions.viewLabel', { n: version.versionNo })}
                >
                  {t('courses.versions.label', { n: version.versionNo })} · {t('courses.versions.view')}
                </Anchor>
              )}
            </Table.Th>
            <Table.Td>
              <Badge size="sm" variant="light" color={version.status === 'draft' ? 'yellow' : 'teal'}>
                {t(`courses.versions.statuses.${version.status}`)}
              </Badge>
              {version.publishedAt && (
                <Text size="xs" c="dimmed" hiddenFrom="sm" mt={2}>
                  {formatDateTime(version.publishedAt, locale)}
                  {version.publishedBy ? ` · ${version.publishedBy.name}` : ''}
                </Text>
              )}
            </Table.Td>
            <Table.Td visibleFrom="sm">
              {version.publishedAt ? formatDateTime(version.publishedAt, locale) : t('common.notGiven')}
            </Table.Td>
            <Table.Td visibleFrom="sm">{version.publishedBy?.name ?? t('common.notGiven')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </CaptionedTable>
  );
}
