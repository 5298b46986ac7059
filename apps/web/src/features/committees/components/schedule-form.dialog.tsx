import { Checkbox, Modal, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { REPORT_SCHEDULE_KINDS, ReportScheduleBody, type ReportScheduleView } from '@sen/contracts';
import { apiFieldErrors } from '../../../app/forms/apply-api-errors';
import { contractValidator } from '../../../app/forms/contract-validator';
import { FormActions } from '../../../app/ui/form-actions.component';
import { SubmitError } from '../../../app/ui/form-error.component';
import { notifySuccess } from '../../../app/ui/notify';
import {
  EMPTY_SCHEDULE_VALUES,
  needsCohort,
  scheduleBody,
  scheduleChanges,
  scheduleValues,
  type ScheduleValues,
} from '../hooks/schedule-form';
import { useCreateScheduleMutation, useUpdateScheduleMutation } from '../hooks/use-committee-mutations';
import { CohortSelect } from './cohort-select.component';
import { CourseOptionsSelect } from './course-options-select.component';

interface ScheduleFormDialogProps {
  committeeId: string;
  /** Absent to add one. */
  schedule?: ReportScheduleView | undefined;
  onClose: () => void;
}

/** A schedule's kind (with when it runs, in words), the programmes it covers and, at a cohort's end, which cohort. */
export function ScheduleFormDialog({ committeeId, schedule, onClose }: ScheduleFormDialogProps) {
  const { t } = useTranslation();
  const create = useCreateScheduleMutation(committeeId);
  const update = useUpdateScheduleMutation(committeeId);
  const mutation = schedule ? update : create;
  const validate = contractValidator(ReportScheduleBody, scheduleBody, t);
  const form = useForm<ScheduleValues>({
    initialValues: schedule ? scheduleValues(schedule) : EMPTY_SCHEDULE_VALUES,
    validate: (values) => ({
      ...validate(values),
      ...(needsCohort(values) ? { cohortId: t('validation.choose') } : {}),
    }),
  });
  const texts = schedule ? 'committees.schedules.edit' : 'committees.schedules.add';
  const courseError = Object.entries(form.errors).find(([key]) => key.startsWith('courseIds'))?.[1];

  return (
    <Modal opened onClose={onClose} title={t(`${texts}.title`)} size="lg" centered>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          const options = {
            onSuccess: () => {
              notifySuccess(t(`${texts}.done`));
              onClose();
            },
            onError: (error: unknown) => form.setErrors(apiFieldErrors(error, t)),
          };
          if (schedule) update.mutate({ id: schedule.id, body: scheduleChanges(values) }, options);
          else create.mutate(ReportScheduleBody.parse(scheduleBody(values)), options);
        })}
      >
        <Stack>
          <Select
            label={t('committees.schedules.fields.kind')}
            required
            allowDeselect={false}
            data={REPORT_SCHEDULE_KINDS.map((kind) => ({
              value: kind,
              label: t(`committees.schedules.kinds.${kind}`),
            }))}
            value={form.values.kind}
            onChange={(kind) => kind && form.setFieldValue('kind', kind)}
            description={t(`committees.schedules.kindHelp.${form.values.kind}`)}
            comboboxProps={{ withinPortal: true }}
            data-autofocus
          />
          {form.values.kind === 'cohort_end' && (
            <CohortSelect
              value={form.values.cohortId}
              onChange={(cohortId) => form.setFieldValue('cohortId', cohortId)}
              error={form.errors['cohortId']}
            />
          )}
          <CourseOptionsSelect
            committeeId={committeeId}
            value={form.values.courseIds}
            onChange={(courseIds) => form.setFieldValue('courseIds', courseIds)}
            error={courseError}
          />
          {!schedule && (
            <Checkbox
              label={t('committees.schedules.fields.enabled')}
              {...form.getInputProps('enabled', { type: 'checkbox' })}
            />
          )}
          {schedule && !schedule.enabled && (
            <Text size="sm" c="dimmed">
              {t('committees.schedules.status.disabled')}
            </Text>
          )}
          <SubmitError error={mutation.error} />
          <FormActions submitLabel={t(`${texts}.submit`)} submitting={mutation.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
