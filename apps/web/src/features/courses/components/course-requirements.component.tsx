import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { routes, type CourseDetail, type RequirementView } from '@sen/contracts';
import { useCan } from '../../../app/access/use-can.hook';
import { ConfirmDialog } from '../../../app/ui/confirm-dialog.component';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { notifySuccess } from '../../../app/ui/notify';
import { QueryError } from '../../../app/ui/query-error.component';
import { useEndRequirementMutation } from '../hooks/use-delivery-mutations';
import { useCourseRequirementsQuery } from '../hooks/use-delivery-queries';
import { CreateRequirementDialog } from './create-requirement.dialog';
import { NotPublishedNotice } from './not-published-notice.component';
import { RequirementsTable } from './requirements-table.component';

/** Which positions must take the course, where and by when; each enrols its people automatically. */
export function CourseRequirements({ course }: { course: CourseDetail }) {
  const { t } = useTranslation();
  const canCreate = useCan(routes.createCourseRequirement);
  const canEnd = useCan(routes.endCourseRequirement);
  const requirements = useCourseRequirementsQuery(course.id);
  const [creating, setCreating] = useState(false);
  const [ending, setEnding] = useState<RequirementView | null>(null);
  const end = useEndRequirementMutation(course.id);
  const published = course.latestPublished !== null;
  const createButton =
    canCreate && published ? (
      <Button onClick={() => setCreating(true)}>{t('courses.requirements.create.action')}</Button>
    ) : undefined;

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('courses.requirements.intro')}
      </Text>
      {!published && <NotPublishedNotice message={t('courses.requirements.notPublished')} />}
      {createButton && <Group>{createButton}</Group>}
      <div aria-live="polite" aria-busy={requirements.isFetching}>
        {requirements.isPending ? (
          <ListSkeleton rows={3} />
        ) : requirements.isError ? (
          <QueryError error={requirements.error} onRetry={() => void requirements.refetch()} />
        ) : requirements.data.items.length === 0 ? (
          <EmptyList
            title={t('courses.requirements.empty')}
            description={createButton ? t('courses.requirements.emptyHint') : undefined}
          />
        ) : (
          <RequirementsTable requirements={requirements.data.items} onEnd={canEnd ? setEnding : undefined} />
        )}
      </div>
      {creating && <CreateRequirementDialog course={course} onClose={() => setCreating(false)} />}
      <ConfirmDialog
        opened={ending !== null}
        title={t('courses.requirements.end.title')}
        message={ending ? t('courses.requirements.end.message', { unit: ending.unit.name }) : ''}
        confirmLabel={t('courses.requirements.end.confirm')}
        danger
        loading={end.isPending}
        error={end.error}
        onClose={() => {
          setEnding(null);
          end.reset();
        }}
        onConfirm={() => {
          if (!ending) return;
          end.mutate(ending.id, {
            onSuccess: () => {
              notifySuccess(t('courses.requirements.end.done', { unit: ending.unit.name }));
              setEnding(null);
            },
          });
        }}
      />
    </Stack>
  );
}
