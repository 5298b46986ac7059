import { Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ResetPasswordBody, type UserView } from '@sen/contracts';
import { apiFieldErrors } from '../../../app/forms/apply-api-errors';
import { contractValidator } from '../../../app/forms/contract-validator';
import { FormActions } from '../../../app/ui/form-actions.component';
import { SubmitError } from '../../../app/ui/form-error.component';
import { notifySuccess } from '../../../app/ui/notify';
import { useResetPasswordMutation } from '../hooks/use-user-mutations';

export function ResetPasswordDialog({ user, onClose }: { user: UserView; onClose: () => void }) {
  const { t } = useTranslation();
  const reset = useResetPasswordMutation(user.id);
  const form = useForm({
    initialValues: { password: '' },
    validate: contractValidator(ResetPasswordBody, (values: { password: string }) => values, t),
  });
  return (
    <Modal opened onClose={onClose} title={t('users.resetPassword.title', { name: user.person.name })} centered>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          reset.mutate(ResetPasswordBody.parse(values).password, {
            onSuccess: () => {
              notifySuccess(t('users.resetPassword.done', { name: user.person.name }));
              onClose();
            },
            onError: (error) => form.setErrors(apiFieldErrors(error, t)),
          });
        })}
      >
        <Stack>
          <Text size="sm">{t('users.resetPassword.message')}</Text>
          <PasswordInput
            label={t('users.fields.newPassword')}
            description={t('users.fields.passwordHint')}
            required
            autoComplete="new-password"
            data-autofocus
            {...form.getInputProps('password')}
          />
          <SubmitError error={reset.error} />
          <FormActions
            submitLabel={t('users.resetPassword.submit')}
            submitting={reset.isPending}
            onCancel={onClose}
            submitColor="red"
          />
        </Stack>
      </form>
    </Modal>
  );
}
