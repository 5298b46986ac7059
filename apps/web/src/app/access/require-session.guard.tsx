import { useEffect } from 'react';
import { Center, Loader } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { applyLocale } from '../../i18n/i18n';
import { useSessionQuery } from '../../features/auth/hooks/use-session.query';
import { QueryError } from '../ui/query-error.component';
import { signInPath } from './sign-in-path';

export function RequireSession() {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSessionQuery();
  const savedLocale = session.data?.user.locale;

  useEffect(() => {
    // The account's language wins over this device's, so a user sees the same language everywhere.
    if (savedLocale) void applyLocale(savedLocale);
  }, [savedLocale]);

  if (session.isPending) {
    return (
      <Center h="100dvh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (session.isError) {
    return (
      <Center h="100dvh" p="md">
        <QueryError error={session.error} onRetry={() => void session.refetch()} />
      </Center>
    );
  }
  if (!session.data) {
    return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  }
  return <Outlet />;
}
