import { Group, Modal, Radio, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  AssignPositionBody,
  POSITION_KINDS,
  POSITION_ROLES,
  type ErrorCode,
  type PositionKind,
  type PositionRole,
} from '@sen/contracts';
import { apiFieldErrors } from '../../../app/forms/apply-api-errors';
import { contractValidator } from '../../../app/forms/contract-validator';
import { FormActions } from '../../../app/ui/form-actions.component';
import { SubmitError } from '../../../app/ui/form-error.component';
import { notifySuccess } from '../../../app/ui/notify';
import { PersonPicker } from '../../people/components/person-picker.component';
import { useAssignPositionMutation } from '../hooks/use-position-mutations';

interface Values {
  kind: string;
  role: PositionRole;
  personId: string;
}

const FIELD_ERRORS: Partial<Record<ErrorCode, string>> = {
  POSITION_HOLDER_TAKEN: 'role',
  POSITION_RESERVES_FULL: 'role',
  POSITION_ALREADY_ASSIGNED: 'personId',
  PERSON_OUTSIDE_UNIT: 'personId',
};

// An unchosen kind is '' until the schema rejects it, which is what shows the inline error.
const toBody = (values: Values) => ({ ...values, kind: values.kind as PositionKind });

export function AssignPositionDialog({ unitId, onClose }: { unitId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const assign = useAssignPositionMutation(unitId);
  const form = useForm<Values>({
    initialValues: { kind: '', role: 'holder', personId: '' },
    validate: contractValidator(AssignPositionBody, toBody, t),
  });

  return (
    <Modal opened onClose={onClose} title={t('positions.assign.title')} centered>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          const body = AssignPositionBody.parse(toBody(values));
          assign.mutate(body, {
            onSuccess: (assignment) => {
              notifySuccess(
                t('positions.assign.done', {
                  name: assignment.person.name,
                  kind: t(`positionKinds.${assignment.kind}`),
                  role: t(`positionRoles.${assignment.role}`),
                }),
              );
              onClose();
            },
            onError: (error) => form.setErrors(apiFieldErrors(error, t, FIELD_ERRORS)),
          });
        })}
      >
        <Stack>
          <Select
            label={t('positions.fields.kind')}
            required
            data={POSITION_KINDS.map((kind) => ({ value: kind, label: t(`positionKinds.${kind}`) }))}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('kind')}
          />
          <Radio.Group label={t('positions.fields.role')} required {...form.getInputProps('role')}>
            <Group mt={4}>
              {POSITION_ROLES.map((role) => (
                <Radio key={role} value={role} label={t(`positionRoles.${role}`)} />
              ))}
            </Group>
          </Radio.Group>
          <PersonPicker
            label={t('positions.fields.person')}
            description={t('positions.fields.personHint')}
            required
            unitId={unitId}
            value={form.values.personId || null}
            error={form.errors['personId']}
            onChange={(person) => form.setFieldValue('personId', person?.id ?? '')}
          />
          <SubmitError error={assign.error} codeFields={FIELD_ERRORS} />
          <FormActions submitLabel={t('positions.assign.submit')} submitting={assign.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
