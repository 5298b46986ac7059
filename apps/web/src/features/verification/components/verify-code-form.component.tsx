import { useState } from 'react';
import { Button, Stack, TextInput } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { typedCode } from '../hooks/verification-outcome';

/** A code typed from the paper: any case, with or without dashes; the API reads it either way. */
export function VerifyCodeForm({ initial }: { initial: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  return (
    <form
      aria-label={t('verify.form.title')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const code = typedCode(value);
        if (code.length === 0) {
          setError(t('verify.form.required'));
          return;
        }
        setError(null);
        void navigate(`/verify/${encodeURIComponent(code)}`);
      }}
    >
      <Stack gap="xs">
        <TextInput
          label={t('verify.form.label')}
          description={t('verify.form.hint')}
          placeholder="SEN-XXXX-XXXX-XXXX"
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          error={error}
          maxLength={60}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          size="md"
        />
        <Button type="submit" size="md">
          {t('verify.form.submit')}
        </Button>
      </Stack>
    </form>
  );
}
