import { Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { RenameUnitBody, type UnitDetail } from '@sen/contracts';
import { apiFieldErrors } from '../../../app/forms/apply-api-errors';
import { contractValidator } from '../../../app/forms/contract-validator';
import { FormActions } from '../../../app/ui/form-actions.component';
import { SubmitError } from '../../../app/ui/form-error.component';
import { notifySuccess } from '../../../app/ui/notify';
import { useRenameUnitMutation } from '../hooks/use-unit-mutations';

export function RenameUnitDialog({ unit, onClose }: { unit: UnitDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const rename = useRenameUnitMutation(unit.id);
  const form = useForm({
    initialValues: { name: unit.name },
    validate: contractValidator(RenameUnitBody, (values: { name: string }) => values, t),
  });
  return (
    <Modal opened onClose={onClose} title={t('units.rename.title')} centered>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          rename.mutate(RenameUnitBody.parse(values).name, {
            onSuccess: (updated) => {
              notifySuccess(t('units.rename.done', { name: updated.name }));
              onClose();
            },
            onError: (error) => form.setErrors(apiFieldErrors(error, t)),
          });
        })}
      >
        <Stack>
          <TextInput label={t('units.fields.name')} required data-autofocus {...form.getInputProps('name')} />
          <SubmitError error={rename.error} />
          <FormActions submitLabel={t('common.save')} submitting={rename.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
