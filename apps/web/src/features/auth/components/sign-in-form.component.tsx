import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { SignInBody } from '@sen/contracts';
import { contractValidator } from '../../../app/forms/contract-validator';
import { FormError } from '../../../app/ui/form-error.component';
import { useSignInMutation } from '../hooks/use-sign-in.mutation';

interface SignInValues {
  identifier: string;
  password: string;
}

export function SignInForm() {
  const { t } = useTranslation();
  const signIn = useSignInMutation();
  const form = useForm<SignInValues>({
    initialValues: { identifier: '', password: '' },
    validate: contractValidator(SignInBody, (values) => values, t),
  });

  return (
    <form
      noValidate
      aria-label={t('auth.signIn')}
      onSubmit={form.onSubmit((values) => {
        // Success updates the session query; the page then redirects to where the user was going.
        signIn.mutate(SignInBody.parse(values), { onError: () => form.setFieldValue('password', '') });
      })}
    >
      <Stack>
        <TextInput
          label={t('auth.identifier')}
          description={t('auth.identifierHint')}
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          {...form.getInputProps('identifier')}
        />
        <PasswordInput
          label={t('auth.password')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <FormError error={signIn.error} />
        <Button type="submit" loading={signIn.isPending} fullWidth>
          {t('auth.signIn')}
        </Button>
      </Stack>
    </form>
  );
}
