import { Button, Center, EmptyState } from '@mantine/core';
import { useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';

/** A chunk that failed to load (often a new deployment while the tab was open) or a rendering bug. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const chunkFailed = error instanceof TypeError && /import|module/i.test(error.message);
  return (
    <Center mih="60dvh" p="md">
      <EmptyState
        title={<span role="alert">{chunkFailed ? t('routeError.chunk') : t('routeError.title')}</span>}
        description={t('routeError.description')}
      >
        <EmptyState.Actions>
          <Button onClick={() => window.location.reload()}>{t('routeError.reload')}</Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}
