import { useState } from 'react';
import { Button, Group, Select, Stack, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LEARNING_STATUSES, routes, type CourseDetail, type EnrolmentView } from '@sen/contracts';
import { useCan } from '../../../app/access/use-can.hook';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { ListState } from '../../../app/ui/list-state.component';
import { useListParams } from '../../../app/ui/use-list-params.hook';
import { SearchAndUnitFilter } from '../../units/components/search-and-unit-filter.component';
import { useUnitQuery } from '../../units/hooks/use-unit.query';
import { LEARNER_FILTERS, isNarrowed, learnerQuery, learnerStatusOf } from '../hooks/learner-filters';
import { useCourseEnrolmentsQuery } from '../hooks/use-delivery-queries';
import { AssignCourseDialog } from './assign-course.dialog';
import { EndEnrolmentDialog } from './end-enrolment.dialog';
import { EnrolmentsTable } from './enrolments-table.component';
import { NotPublishedNotice } from './not-published-notice.component';

const PAGE_SIZE = 20;
const ANY_STATUS = 'any';

/** Who takes the course, on which version and how far along; authors enrol and unenrol here. */
export function CourseLearners({ course }: { course: CourseDetail }) {
  const { t } = useTranslation();
  const canAssign = useCan(routes.assignCourse);
  const canEnd = useCan(routes.endEnrolment);
  const { page, values, setFilter, setPage } = useListParams(LEARNER_FILTERS);
  const query = learnerQuery(values, page, PAGE_SIZE);
  const includeEnded = query.includeEnded === 'true';
  const narrowed = isNarrowed(query);
  const unit = useUnitQuery(query.unitId);
  const published = course.latestPublished !== null;
  const enrolments = useCourseEnrolmentsQuery(course.id, query, published);
  const [assigning, setAssigning] = useState(false);
  const [ending, setEnding] = useState<EnrolmentView | null>(null);

  if (!published) return <NotPublishedNotice message={t('courses.learners.notPublished')} />;

  const assignButton = canAssign ? (
    <Button onClick={() => setAssigning(true)}>{t('courses.assign.action')}</Button>
  ) : undefined;

  return (
    <Stack>
      <SearchAndUnitFilter
        searchLabel={t('courses.learners.search')}
        searchPlaceholder={t('courses.learners.searchPlaceholder')}
        unitLabel={t('courses.learners.unitFilter')}
        search={values.search}
        onSearchChange={(value) => setFilter('search', value)}
        unitId={query.unitId}
        unit={unit.data}
        onUnitChange={(id) => setFilter('unitId', id)}
      />
      <Group justify="space-between" align="end" wrap="wrap" gap="sm">
        <Group align="center" wrap="wrap" gap="md">
          <Select
            label={t('courses.learners.statusFilter')}
            data={[
              // A plain option rather than a clear button, which Mantine keeps out of keyboard reach.
              { value: ANY_STATUS, label: t('courses.learners.anyStatus') },
              ...LEARNING_STATUSES.map((status) => ({
                value: status,
                label: t(`courses.learners.statuses.${status}`),
              })),
            ]}
            value={query.status ?? ANY_STATUS}
            onChange={(value) => setFilter('status', learnerStatusOf(value ?? '') ?? '')}
            allowDeselect={false}
            w={{ base: '100%', xs: 220 }}
          />
          <Switch
            label={t('courses.learners.includeEnded')}
            checked={includeEnded}
            onChange={(event) => setFilter('includeEnded', event.currentTarget.checked ? 'true' : '')}
            mt={{ base: 0, xs: 'lg' }}
          />
        </Group>
        {assignButton}
      </Group>
      <ListState
        query={enrolments}
        empty={
          <EmptyList
            title={narrowed ? t('courses.learners.noResults') : t('courses.learners.empty')}
            description={
              narrowed ? t('common.tryOtherSearch') : canAssign ? t('courses.learners.emptyHint') : undefined
            }
          />
        }
        onPageChange={setPage}
      >
        {(items) => (
          <EnrolmentsTable
            enrolments={items}
            caption={
              unit.data
                ? t('courses.learners.captionUnit', {
                    name: unit.data.name,
                    total: enrolments.data?.total ?? items.length,
                  })
                : t('courses.learners.caption', { total: enrolments.data?.total ?? items.length })
            }
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
