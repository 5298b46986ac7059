import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CourseSummary } from '@sen/contracts';
import { CourseStatusBadges } from './course-status-badges.component';
import { CaptionedTable } from '../../../app/ui/captioned-table.component';
import { localTitle } from '../../../i18n/local-title';
import { useLocale } from '../../../i18n/use-locale.hook';

export function CoursesTable({ courses, caption }: { courses: CourseSummary[]; caption: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <CaptionedTable caption={caption}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('courses.fields.title')}</Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t('courses.fields.ownerUnit')}
          </Table.Th>
          <Table.Th scope="col" visibleFrom="md">
            {t('courses.fields.category')}
          </Table.Th>
          <Table.Th scope="col">{t('courses.fields.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {courses.map((course) => (
          <Table.Tr key={course.id}>
            <Table.Td>
              <Anchor component={Link} to={`/courses/${course.id}`} fw={500}>
                {localTitle(course, locale)}
              </Anchor>
              <Text size="xs" c="dimmed" hiddenFrom="md">
                <Text span hiddenFrom="sm" inherit>
                  {course.ownerUnit.name} ·{' '}
                </Text>
                {t(`courseCategories.${course.category}`)}
              </Text>
            </Table.Td>
            <Table.Td visibleFrom="sm">{course.ownerUnit.name}</Table.Td>
            <Table.Td visibleFrom="md">{t(`courseCategories.${course.category}`)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <CourseStatusBadges course={course} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </CaptionedTable>
  );
}
