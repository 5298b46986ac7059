import { Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { COMMITTEE_KINDS, CreateCommitteeBody, type CommitteeDetail } from '@sen/contracts';
import { apiFieldErrors } from '../../../app/forms/apply-api-errors';
import { contractValidator } from '../../../app/forms/contract-validator';
import { FormActions } from '../../../app/ui/form-actions.component';
import { SubmitError } from '../../../app/ui/form-error.component';
import { notifySuccess } from '../../../app/ui/notify';
import { UnitMultiPicker } from '../../units/components/unit-multi-picker.component';
import { UnitPicker } from '../../units/components/unit-picker.component';
import {
  EMPTY_COMMITTEE_VALUES,
  committeeBody,
  committeeChanges,
  committeeFieldErrors,
  committeeValues,
  type CommitteeValues,
} from '../hooks/committee-form';
import { useCreateCommitteeMutation, useUpdateCommitteeMutation } from '../hooks/use-committee-mutations';

const CODE_FIELDS = { UNIT_OUTSIDE_COMMITTEE: 'units' } as const;

/** Adds a committee (then opens it), or edits one: name, kind and the units its reports cover. */
export function CommitteeFormDialog({ committee, onClose }: { committee?: CommitteeDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCommitteeMutation();
  const update = useUpdateCommitteeMutation(committee?.id ?? '');
  const mutation = committee ? update : create;
  const validate = contractValidator(CreateCommitteeBody, committeeBody, t);
  const form = useForm<CommitteeValues>({
    initialValues: committee ? committeeValues(committee) : EMPTY_COMMITTEE_VALUES,
    validate: (values) => committeeFieldErrors(validate(values)),
  });
  const onError = (error: unknown) => form.setErrors(committeeFieldErrors(apiFieldErrors(error, t, CODE_FIELDS)));

  const submit = (values: CommitteeValues) => {
    if (!committee) {
      create.mutate(CreateCommitteeBody.parse(committeeBody(values)), {
        onSuccess: (created) => {
          notifySuccess(t('committees.create.done', { name: created.name }));
          onClose();
          void navigate(`/committees/${created.id}`);
        },
        onError,
      });
      return;
    }
    const changes = committeeChanges(values, committee);
    if (Object.keys(changes).length === 0) return onClose();
    update.mutate(changes, {
      onSuccess: () => {
        notifySuccess(t('committees.edit.done'));
        onClose();
      },
      onError,
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={committee ? t('committees.edit.title') : t('committees.create.title')}
      size="lg"
      centered
    >
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack>
          {committee ? (
            // The managing unit is fixed once the committee exists.
            <TextInput label={t('committees.fields.unit')} value={committee.unit.name} readOnly />
          ) : (
            <UnitPicker
              label={t('committees.fields.unit')}
              description={t('committees.fields.unitHint')}
              required
              value={form.values.unit?.id ?? null}
              selected={form.values.unit}
              error={form.errors['unit']}
              onChange={(_id, unit) => {
                form.setFieldValue('unit', unit);
                // A new committee usually reports on its own unit.
                if (unit && form.values.units.length === 0) form.setFieldValue('units', [unit]);
              }}
            />
          )}
          <TextInput label={t('committees.fields.name')} required data-autofocus {...form.getInputProps('name')} />
          <Select
            label={t('committees.fields.kind')}
            required
            allowDeselect={false}
            data={COMMITTEE_KINDS.map((kind) => ({ value: kind, label: t(`committees.kinds.${kind}`) }))}
            value={form.values.kind}
            onChange={(kind) => kind && form.setFieldValue('kind', kind)}
            comboboxProps={{ withinPortal: true }}
          />
          <UnitMultiPicker
            label={t('committees.fields.units')}
            description={t('committees.fields.unitsHint')}
            required
            value={form.values.units}
            onChange={(units) => form.setFieldValue('units', units)}
            error={form.errors['units']}
          />
          <SubmitError error={mutation.error} codeFields={CODE_FIELDS} />
          <FormActions
            submitLabel={committee ? t('common.save') : t('committees.create.submit')}
            submitting={mutation.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
