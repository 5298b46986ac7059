import { Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateUnitBody, type ErrorCode, type UnitDetail } from '@sen/contracts';
import { apiFieldErrors } from '../../../app/forms/apply-api-errors';
import { contractValidator } from '../../../app/forms/contract-validator';
import { FormActions } from '../../../app/ui/form-actions.component';
import { SubmitError } from '../../../app/ui/form-error.component';
import { notifySuccess } from '../../../app/ui/notify';
import { QueryError } from '../../../app/ui/query-error.component';
import { useLevelName } from '../hooks/use-level-name.hook';
import { useUnitLevelsQuery } from '../hooks/use-unit-levels.query';
import { useCreateUnitMutation } from '../hooks/use-unit-mutations';

const FIELD_ERRORS: Partial<Record<ErrorCode, string>> = { UNIT_LEVEL_ORDER: 'levelId' };

interface Values {
  name: string;
  levelId: string;
}

export function CreateUnitDialog({ parent, onClose }: { parent: UnitDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const levelName = useLevelName();
  const levels = useUnitLevelsQuery();
  const create = useCreateUnitMutation();
  const toBody = (values: Values) => ({ parentId: parent.id, levelId: values.levelId, name: values.name });
  const form = useForm<Values>({
    initialValues: { name: '', levelId: '' },
    validate: contractValidator(CreateUnitBody, toBody, t),
  });

  const parentRank = levels.data?.items.find((level) => level.id === parent.level.id)?.rank ?? -1;
  // A child must sit at a lower level than its parent; the API enforces it, the list just avoids the error.
  const levelOptions = (levels.data?.items ?? [])
    .filter((level) => level.rank > parentRank)
    .sort((a, b) => a.rank - b.rank)
    .map((level) => ({ value: level.id, label: levelName(level) }));

  return (
    <Modal opened onClose={onClose} title={t('units.create.title', { parent: parent.name })} centered>
      {levels.isError ? (
        <QueryError error={levels.error} onRetry={() => void levels.refetch()} />
      ) : (
        <form
          noValidate
          onSubmit={form.onSubmit((values) => {
            create.mutate(CreateUnitBody.parse(toBody(values)), {
              onSuccess: (unit) => {
                notifySuccess(t('units.create.done', { name: unit.name }));
                onClose();
                void navigate(`/units/${unit.id}`);
              },
              onError: (error) => form.setErrors(apiFieldErrors(error, t, FIELD_ERRORS)),
            });
          })}
        >
          <Stack>
            <TextInput label={t('units.fields.name')} required data-autofocus {...form.getInputProps('name')} />
            <Select
              label={t('units.fields.level')}
              required
              data={levelOptions}
              disabled={levels.isPending}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('levelId')}
            />
            <SubmitError error={create.error} codeFields={FIELD_ERRORS} />
            <FormActions submitLabel={t('common.create')} submitting={create.isPending} onCancel={onClose} />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
