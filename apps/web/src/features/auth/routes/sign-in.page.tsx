import { useEffect, useState } from 'react';
import { Alert, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Navigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { safeNextPath } from '../../../app/access/sign-in-path';
import { clearSignOutReason, peekSignOutReason } from '../../../app/access/sign-out-reason';
import { LanguageSwitch } from '../../../app/shell/language-switch.component';
import { SignInForm } from '../components/sign-in-form.component';
import { useSessionQuery } from '../hooks/use-session.query';

export function SignInPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const session = useSessionQuery();
  // Read once and forget, so a later visit to this page does not repeat an old reason.
  const [reason] = useState(peekSignOutReason);
  useEffect(clearSignOutReason, []);

  if (session.data) return <Navigate to={next} replace />;

  return (
    <Center mih="100dvh" p="sm" component="main">
      <Stack w="100%" maw={420} gap="md">
        <Group justify="space-between">
          <Title order={1} c="pink.8">
            {t('app.name')}
          </Title>
          <LanguageSwitch />
        </Group>
        <Text c="dimmed" size="sm">
          {t('app.tagline')}
        </Text>
        <Paper withBorder shadow="sm" p="lg" radius="md">
          <Title order={2} size="h3" mb="md">
            {t('auth.signIn')}
          </Title>
          {reason && (
            <Alert color="yellow" variant="light" mb="md" role="status">
              {t(`errors.${reason}`)}
            </Alert>
          )}
          <SignInForm />
        </Paper>
      </Stack>
    </Center>
  );
}
