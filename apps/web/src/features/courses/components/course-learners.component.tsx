import { useState } from 'react';
import { Button, Group, Stack, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { routes, type CourseDetail, type EnrolmentView } from '@sen/contracts';
import { useCan } from '../../../app/access/use-can.hook';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { ListState } from '../../../app/ui/list-state.component';
import { useListParams } from '../../../app/ui/use-list-params.hook';
import { useCourseEnrolmentsQuery } from '../hooks/use-delivery-queries';
import { AssignCourseDialog } from './assign-course.dialog';
import { EndEnrolmentDialog } from './end-enrolment.dialog';
import { EnrolmentsTable } from './enrolments-table.component';
import { NotPublishedNotice } from './not-published-notice.component';

const PAGE_SIZE = 20;

/** Who takes the course, on which version and how far along; authors enrol and unenrol here. */
export function CourseLearners({ course }: { course: CourseDetail }) {
  const { t } = useTranslation();
  const canAssign = useCan(routes.assignCourse);
  const canEnd = useCan(routes.endEnrolment);
  const { page, values, setFilter, setPage } = useListParams(['includeEnded']);
  const includeEnded = values.includeEnded === 'true';
  const published = course.latestPublished !== null;
  const enrolments = useCourseEnrolmentsQuery(
    course.id,
    { includeEnded: includeEnded ? 'true' : 'false', page, pageSize: PAGE_SIZE },
    published,
  );
  const [assigning, setAssigning] = useState(false);
  const [ending, setEnding] = useState<EnrolmentView | null>(null);

  if (!published) return <NotPublishedNotice message={t('courses.learners.notPublished')} />;

  const assignButton = canAssign ? (
    <Button onClick={() => setAssigning(true)}>{t('courses.assign.action')}</Button>
  ) : undefined;

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Switch
          label={t('courses.learners.includeEnded')}
          checked={includeEnded}
          onChange={(event) => setFilter('includeEnded', event.currentTarget.checked ? 'true' : '')}
        />
        {assignButton}
      </Group>
      <ListState
        query={enrolments}
        empty={
          <EmptyList
            title={t('courses.learners.empty')}
            description={canAssign ? t('courses.learners.emptyHint') : undefined}
          />
        }
        onPageChange={setPage}
      >
        {(items) => (
          <EnrolmentsTable
            enrolments={items}
            caption={t('courses.learners.caption', { total: enrolments.data?.total ?? items.length })}
            latestNo={course.latestPublished?.versionNo ?? null}
            showEnded={includeEnded}
            onEnd={canEnd ? setEnding : undefined}
          />
        )}
      </ListState>
      {assigning && <AssignCourseDialog course={course} onClose={() => setAssigning(false)} />}
      {ending && <EndEnrolmentDialog courseId={course.id} enrolment={ending} onClose={() => setEnding(null)} />}
    </Stack>
  );
}
