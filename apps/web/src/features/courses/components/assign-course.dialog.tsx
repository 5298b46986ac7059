import { useState } from 'react';
import { Modal, Radio, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AssignCourseBody, type CourseDetail, type Ref } from '@sen/contracts';
import { apiFieldErrors } from '../../../app/forms/apply-api-errors';
import { FormActions } from '../../../app/ui/form-actions.component';
import { SubmitError } from '../../../app/ui/form-error.component';
import { notifySuccess } from '../../../app/ui/notify';
import { PeopleMultiPicker } from '../../people/components/people-multi-picker.component';
import { UnitPicker } from '../../units/components/unit-picker.component';
import {
  ASSIGN_MODES,
  EMPTY_ASSIGN_VALUES,
  assignBody,
  assignValidator,
  foldPersonErrors,
  type AssignMode,
  type AssignValues,
} from '../hooks/delivery-forms';
import { useAssignCourseMutation } from '../hooks/use-delivery-mutations';
import { DueDateField } from './due-date-field.component';
import { PositionKindsField } from './position-kinds-field.component';

/** Enrols named people, everyone in a unit's subtree, or the holders of positions there. */
export function AssignCourseDialog({ course, onClose }: { course: CourseDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const assign = useAssignCourseMutation(course.id);
  const [people, setPeople] = useState<Ref[]>([]);
  const [unit, setUnit] = useState<Ref | null>(null);
  const form = useForm<AssignValues>({ initialValues: EMPTY_ASSIGN_VALUES, validate: assignValidator(t) });
  const mode = form.values.mode;

  return (
    <Modal opened onClose={onClose} title={t('courses.assign.title')} size="lg" centered>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          assign.mutate(AssignCourseBody.parse(assignBody(values)), {
            onSuccess: (result) => {
              notifySuccess(t('courses.assign.done', { enrolled: result.enrolled, already: result.alreadyEnrolled }));
              onClose();
            },
            onError: (error) => form.setErrors(foldPersonErrors(apiFieldErrors(error, t))),
          });
        })}
      >
        <Stack>
          <Radio.Group
            label={t('courses.assign.mode')}
            value={mode}
            onChange={(value) => {
              form.setFieldValue('mode', ASSIGN_MODES.find((m) => m === value) ?? 'people');
              form.clearErrors();
            }}
          >
            <Stack gap="xs" mt="xs">
              {ASSIGN_MODES.map((m: AssignMode) => (
                <Radio
                  key={m}
                  value={m}
                  label={t(`courses.assign.modes.${m}`)}
                  description={t(`courses.assign.modeHints.${m}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          {mode === 'people' ? (
            <PeopleMultiPicker
              label={t('courses.assign.people')}
              description={t('courses.assign.peopleHint', { unit: course.ownerUnit.name })}
              required
              unitId={course.ownerUnit.id}
              value={people}
              error={form.errors['personIds']}
              onChange={(chosen) => {
                setPeople(chosen);
                form.setFieldValue(
                  'personIds',
                  chosen.map((person) => person.id),
                );
              }}
            />
          ) : (
            <UnitPicker
              label={t('courses.delivery.unit')}
              description={t('courses.delivery.unitHint', { unit: course.ownerUnit.name })}
              required
              value={form.values.unitId || null}
              selected={unit}
              error={form.errors['unitId']}
              onChange={(unitId, picked) => {
                setUnit(picked);
                form.setFieldValue('unitId', unitId ?? '');
              }}
            />
          )}
          {mode === 'positions' && (
            <PositionKindsField
              value={form.values.positions}
              onChange={(kinds) => form.setFieldValue('positions', kinds)}
              includeReserves={form.values.includeReserves}
              onIncludeReservesChange={(include) => form.setFieldValue('includeReserves', include)}
              error={form.errors['positions']}
            />
          )}
          <DueDateField inputProps={form.getInputProps('dueAt')} />
          <Text size="sm" c="dimmed">
            {t('courses.assign.versionNote', { n: course.latestPublished?.versionNo ?? 1 })}
          </Text>
          <SubmitError error={assign.error} />
          <FormActions submitLabel={t('courses.assign.submit')} submitting={assign.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
