import { useState } from 'react';
import { Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CreateRequirementBody, type CourseDetail, type Ref } from '@sen/contracts';
import { apiFieldErrors } from '../../../app/forms/apply-api-errors';
import { contractValidator } from '../../../app/forms/contract-validator';
import { FormActions } from '../../../app/ui/form-actions.component';
import { SubmitError } from '../../../app/ui/form-error.component';
import { notifySuccess } from '../../../app/ui/notify';
import { UnitPicker } from '../../units/components/unit-picker.component';
import { EMPTY_REQUIREMENT_VALUES, requirementBody, type RequirementValues } from '../hooks/delivery-forms';
import { useCreateRequirementMutation } from '../hooks/use-delivery-mutations';
import { DueDateField } from './due-date-field.component';
import { PositionKindsField } from './position-kinds-field.component';

/** Requires the course for positions within a subtree; the server enrols the people who hold them now. */
export function CreateRequirementDialog({ course, onClose }: { course: CourseDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateRequirementMutation(course.id);
  const [unit, setUnit] = useState<Ref | null>(null);
  const form = useForm<RequirementValues>({
    initialValues: EMPTY_REQUIREMENT_VALUES,
    validate: contractValidator(CreateRequirementBody, requirementBody, t),
  });

  return (
    <Modal opened onClose={onClose} title={t('courses.requirements.create.title')} size="lg" centered>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          create.mutate(CreateRequirementBody.parse(requirementBody(values)), {
            onSuccess: (requirement) => {
              notifySuccess(t('courses.requirements.create.done', { count: requirement.enrolled }));
              onClose();
            },
            onError: (error) => form.setErrors(apiFieldErrors(error, t)),
          });
        })}
      >
        <Stack>
          <Text size="sm">{t('courses.requirements.create.hint')}</Text>
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
          <PositionKindsField
            value={form.values.positions}
            onChange={(kinds) => form.setFieldValue('positions', kinds)}
            includeReserves={form.values.includeReserves}
            onIncludeReservesChange={(include) => form.setFieldValue('includeReserves', include)}
            error={form.errors['positions']}
          />
          <DueDateField inputProps={form.getInputProps('dueAt')} />
          <SubmitError error={create.error} />
          <FormActions
            submitLabel={t('courses.requirements.create.submit')}
            submitting={create.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
