import { Paper, PasswordInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateUserBody, LOCALES, LocaleSchema, type ErrorCode, type PersonView, type Ref } from '@sen/contracts';
import { apiFieldErrors } from '../../../app/forms/apply-api-errors';
import { contractValidator, optionalText } from '../../../app/forms/contract-validator';
import { FormActions } from '../../../app/ui/form-actions.component';
import { SubmitError } from '../../../app/ui/form-error.component';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { notifySuccess } from '../../../app/ui/notify';
import { PageHeader } from '../../../app/ui/page-header.component';
import { PersonPicker } from '../../people/components/person-picker.component';
import { usePersonQuery } from '../../people/hooks/use-person.query';
import { newRoleRow, RolesEditor, rowsToGrants, type RoleRow } from '../components/roles-editor.component';
import { useCreateUserMutation } from '../hooks/use-user-mutations';

interface Values {
  person: Ref | null;
  email: string;
  phone: string;
  password: string;
  locale: string;
  roles: RoleRow[];
}

const FIELD_ERRORS: Partial<Record<ErrorCode, string>> = {
  EMAIL_TAKEN: 'email',
  PHONE_TAKEN: 'phone',
  PERSON_HAS_ACCOUNT: 'personId',
};

function toBody(values: Values) {
  const locale = LocaleSchema.safeParse(values.locale);
  return {
    personId: values.person?.id ?? '',
    email: optionalText(values.email),
    phone: optionalText(values.phone),
    password: values.password,
    locale: locale.success ? locale.data : undefined,
    roles: rowsToGrants(values.roles),
  };
}

export function UserCreatePage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const personId = searchParams.get('personId') ?? '';
  const preset = usePersonQuery(personId);
  return (
    <Stack>
      <PageHeader title={t('users.create.title')} />
      {personId && preset.isPending ? <ListSkeleton rows={4} /> : <UserCreateForm person={preset.data ?? null} />}
    </Stack>
  );
}

function UserCreateForm({ person }: { person: PersonView | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateUserMutation();
  const form = useForm<Values>({
    initialValues: {
      person: person ? { id: person.id, name: person.fullName } : null,
      email: person?.email ?? '',
      phone: person?.phone ?? '',
      password: '',
      locale: 'vi',
      // Most accounts are learners in their own unit.
      roles: [newRoleRow('trainee', person?.unit ?? null)],
    },
    validate: contractValidator(CreateUserBody, toBody, t),
  });

  return (
    <Paper withBorder p="md">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          create.mutate(CreateUserBody.parse(toBody(values)), {
            onSuccess: (user) => {
              notifySuccess(t('users.create.done', { name: user.person.name }));
              void navigate(`/users/${user.id}`);
            },
            onError: (error) => form.setErrors(apiFieldErrors(error, t, FIELD_ERRORS)),
          });
        })}
      >
        <Stack>
          <PersonPicker
            label={t('users.fields.person')}
            description={t('users.fields.personHint')}
            required
            markAccounts
            value={form.values.person?.id ?? null}
            selected={form.values.person}
            error={form.errors['personId']}
            onChange={(picked) => {
              form.setFieldValue('person', picked ? { id: picked.id, name: picked.fullName } : null);
              form.clearFieldError('personId');
              // Prefill what the member record already knows.
              if (picked) {
                if (!form.values.email && picked.email) form.setFieldValue('email', picked.email);
                if (!form.values.phone && picked.phone) form.setFieldValue('phone', picked.phone);
                const rows = form.values.roles;
                if (rows.length === 1 && rows[0] && !rows[0].unit) {
                  form.setFieldValue('roles', [{ ...rows[0], unit: picked.unit }]);
                }
              }
            }}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('users.fields.email')}
              type="email"
              inputMode="email"
              autoComplete="off"
              description={t('users.fields.loginHint')}
              {...form.getInputProps('email')}
            />
            <TextInput
              label={t('users.fields.phone')}
              type="tel"
              inputMode="tel"
              autoComplete="off"
              description={t('people.phoneHint')}
              {...form.getInputProps('phone')}
            />
            <PasswordInput
              label={t('users.fields.initialPassword')}
              description={t('users.fields.passwordHint')}
              required
              autoComplete="new-password"
              {...form.getInputProps('password')}
            />
            <Select
              label={t('users.fields.locale')}
              data={LOCALES.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
              allowDeselect={false}
              {...form.getInputProps('locale')}
            />
          </SimpleGrid>
          <RolesEditor
            rows={form.values.roles}
            onChange={(rows) => form.setFieldValue('roles', rows)}
            errors={form.errors}
          />
          <SubmitError error={create.error} codeFields={FIELD_ERRORS} />
          <FormActions
            submitLabel={t('users.create.submit')}
            submitting={create.isPending}
            onCancel={() => void navigate(-1)}
          />
        </Stack>
      </form>
    </Paper>
  );
}
