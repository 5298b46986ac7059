import { Paper, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { routes, type CourseDetail } from '@sen/contracts';
import { useCan } from '../../../app/access/use-can.hook';
import { FormError } from '../../../app/ui/form-error.component';
import { notifySuccess } from '../../../app/ui/notify';
import { useCourseSettingsMutation } from '../hooks/use-delivery-mutations';

/** Whether members may enrol themselves, besides those trainers assign or requirements enrol. */
export function CourseSettings({ course }: { course: CourseDetail }) {
  const { t } = useTranslation();
  const canChange = useCan(routes.updateCourseSettings);
  const settings = useCourseSettingsMutation(course.id);
  // While the request runs the switch shows what was asked for; a failure puts it back.
  const checked = settings.isPending ? (settings.variables ?? course.openEnrolment) : course.openEnrolment;

  return (
    <Paper withBorder p="md" maw={640}>
      <Stack gap="sm">
        <Switch
          size="md"
          label={t('courses.settings.openEnrolment')}
          description={t('courses.settings.openEnrolmentHint', { unit: course.ownerUnit.name })}
          checked={checked}
          disabled={!canChange || settings.isPending}
          onChange={(event) =>
            settings.mutate(event.currentTarget.checked, {
              onSuccess: (updated) =>
                notifySuccess(updated.openEnrolment ? t('courses.settings.opened') : t('courses.settings.closed')),
            })
          }
        />
        {!course.latestPublished && (
          <Text size="sm" c="dimmed">
            {t('courses.settings.notPublishedNote')}
          </Text>
        )}
        {!canChange && (
          <Text size="sm" c="dimmed">
            {t('courses.settings.readOnly')}
          </Text>
        )}
        <FormError error={settings.error} />
      </Stack>
    </Paper>
  );
}
