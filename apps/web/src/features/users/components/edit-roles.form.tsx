import { Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { SetRolesBody, type UserView } from '@sen/contracts';
import { apiFieldErrors } from '../../../app/forms/apply-api-errors';
import { contractValidator } from '../../../app/forms/contract-validator';
import { FormActions } from '../../../app/ui/form-actions.component';
import { SubmitError } from '../../../app/ui/form-error.component';
import { notifySuccess } from '../../../app/ui/notify';
import { useSetRolesMutation } from '../hooks/use-user-mutations';
import { RolesEditor, rowsFromGrants, rowsToGrants, type RoleRow } from './roles-editor.component';

interface Values {
  roles: RoleRow[];
}

const toBody = (values: Values) => ({ roles: rowsToGrants(values.roles) });

export function EditRolesForm({ user, onDone }: { user: UserView; onDone: () => void }) {
  const { t } = useTranslation();
  const setRoles = useSetRolesMutation(user.id);
  const form = useForm<Values>({
    initialValues: { roles: rowsFromGrants(user.roles) },
    validate: contractValidator(SetRolesBody, toBody, t),
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        setRoles.mutate(SetRolesBody.parse(toBody(values)).roles, {
          onSuccess: () => {
            notifySuccess(t('users.roles.done', { name: user.person.name }));
            onDone();
          },
          onError: (error) => form.setErrors(apiFieldErrors(error, t)),
        });
      })}
    >
      <Stack>
        <RolesEditor
          rows={form.values.roles}
          onChange={(rows) => form.setFieldValue('roles', rows)}
          errors={form.errors}
        />
        <SubmitError error={setRoles.error} />
        <FormActions submitLabel={t('common.save')} submitting={setRoles.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
