import { Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ModuleTitleBody, type ModuleOutline } from '@sen/contracts';
import { apiFieldErrors } from '../../../app/forms/apply-api-errors';
import { contractValidator } from '../../../app/forms/contract-validator';
import { FormActions } from '../../../app/ui/form-actions.component';
import { SubmitError } from '../../../app/ui/form-error.component';
import { notifySuccess } from '../../../app/ui/notify';
import { EnglishTitleField } from './english-title-field.component';

interface ModuleTitleDialogProps {
  mode: 'create' | 'rename';
  /** The module being renamed. */
  initial?: { title: string; titleEn: string | null };
  mutation: UseMutationResult<ModuleOutline, Error, ModuleTitleBody>;
  onClose: () => void;
}

/** Names a new module, or renames one. */
export function ModuleTitleDialog({ mode, initial, mutation, onClose }: ModuleTitleDialogProps) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { title: initial?.title ?? '', titleEn: initial?.titleEn ?? '' },
    validate: contractValidator(ModuleTitleBody, (values: { title: string; titleEn: string }) => values, t),
  });
  const texts = mode === 'create' ? 'courses.outline.newModule' : 'courses.outline.rename';
  return (
    <Modal opened onClose={onClose} title={t(`${texts}.title`)} centered>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          mutation.mutate(ModuleTitleBody.parse(values), {
            onSuccess: (module) => {
              notifySuccess(t(`${texts}.done`, { title: module.title }));
              onClose();
            },
            onError: (error) => form.setErrors(apiFieldErrors(error, t)),
          });
        })}
      >
        <Stack>
          <TextInput
            label={t('courses.outline.moduleTitle')}
            required
            data-autofocus
            autoComplete="off"
            {...form.getInputProps('title')}
          />
          <EnglishTitleField {...form.getInputProps('titleEn')} />
          <SubmitError error={mutation.error} />
          <FormActions
            submitLabel={mode === 'create' ? t('common.create') : t('common.save')}
            submitting={mutation.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
