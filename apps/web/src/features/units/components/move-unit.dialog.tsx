import { useState } from 'react';
import { Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MoveUnitBody, type Ref, type UnitDetail } from '@sen/contracts';
import { issuesToFormErrors } from '../../../app/forms/contract-validator';
import { FormActions } from '../../../app/ui/form-actions.component';
import { FormError } from '../../../app/ui/form-error.component';
import { notifySuccess } from '../../../app/ui/notify';
import { useMoveUnitMutation } from '../hooks/use-unit-mutations';
import { UnitPicker } from './unit-picker.component';

export function MoveUnitDialog({ unit, onClose }: { unit: UnitDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const move = useMoveUnitMutation(unit.id);
  const [parent, setParent] = useState<Ref | null>(null);
  const [error, setError] = useState<React.ReactNode>(null);
  const currentParent = unit.ancestors.at(-1);

  const submit = () => {
    const parsed = MoveUnitBody.safeParse({ newParentId: parent?.id ?? '' });
    if (!parsed.success) {
      setError(issuesToFormErrors(parsed.error.issues, t)['newParentId']);
      return;
    }
    move.mutate(parsed.data.newParentId, {
      onSuccess: () => {
        notifySuccess(t('units.move.done', { name: unit.name, parent: parent?.name ?? '' }));
        onClose();
      },
    });
  };

  return (
    <Modal opened onClose={onClose} title={t('units.move.title', { name: unit.name })} centered>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          {currentParent && (
            <Text size="sm" c="dimmed">
              {t('units.move.currentParent', { name: currentParent.name })}
            </Text>
          )}
          <UnitPicker
            label={t('units.move.newParent')}
            description={t('units.move.hint')}
            required
            value={parent?.id ?? null}
            selected={parent}
            excludeId={unit.id}
            error={error}
            onChange={(_, picked) => {
              setParent(picked);
              setError(null);
            }}
          />
          <FormError error={move.error} />
          <FormActions submitLabel={t('units.move.submit')} submitting={move.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
