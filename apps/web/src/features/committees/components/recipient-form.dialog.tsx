import { Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { RecipientBody, type RecipientView } from '@sen/contracts';
import { apiFieldErrors } from '../../../app/forms/apply-api-errors';
import { contractValidator } from '../../../app/forms/contract-validator';
import { FormActions } from '../../../app/ui/form-actions.component';
import { SubmitError } from '../../../app/ui/form-error.component';
import { notifySuccess } from '../../../app/ui/notify';
import { useAddRecipientMutation, useUpdateRecipientMutation } from '../hooks/use-committee-mutations';

type RecipientValues = { fullName: string; email: string; role: string };

const CODE_FIELDS = { RECIPIENT_EMAIL_TAKEN: 'email' } as const;

interface RecipientFormDialogProps {
  committeeId: string;
  /** Absent to add one. */
  recipient?: RecipientView | undefined;
  onClose: () => void;
}

export function RecipientFormDialog({ committeeId, recipient, onClose }: RecipientFormDialogProps) {
  const { t } = useTranslation();
  const add = useAddRecipientMutation(committeeId);
  const update = useUpdateRecipientMutation(committeeId);
  const mutation = recipient ? update : add;
  const form = useForm<RecipientValues>({
    initialValues: {
      fullName: recipient?.fullName ?? '',
      email: recipient?.email ?? '',
      role: recipient?.role ?? '',
    },
    validate: contractValidator(RecipientBody, (values: RecipientValues) => values, t),
  });
  const texts = recipient ? 'committees.recipients.edit' : 'committees.recipients.add';

  return (
    <Modal opened onClose={onClose} title={t(`${texts}.title`)} centered>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          const body = RecipientBody.parse(values);
          const options = {
            onSuccess: (saved: RecipientView) => {
              notifySuccess(t(`${texts}.done`, { name: saved.fullName }));
              onClose();
            },
            onError: (error: unknown) => form.setErrors(apiFieldErrors(error, t, CODE_FIELDS)),
          };
          if (recipient) update.mutate({ id: recipient.id, body }, options);
          else add.mutate(body, options);
        })}
      >
        <Stack>
          <TextInput
            label={t('committees.recipients.fields.fullName')}
            required
            data-autofocus
            autoComplete="off"
            {...form.getInputProps('fullName')}
          />
          <TextInput
            type="email"
            label={t('committees.recipients.fields.email')}
            required
            autoComplete="off"
            {...form.getInputProps('email')}
          />
          <TextInput
            label={t('committees.recipients.fields.role')}
            placeholder={t('committees.recipients.fields.rolePlaceholder')}
            required
            {...form.getInputProps('role')}
          />
          <SubmitError error={mutation.error} codeFields={CODE_FIELDS} />
          <FormActions submitLabel={t(`${texts}.submit`)} submitting={mutation.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
