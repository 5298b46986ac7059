import { Button, EmptyState } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export function NotAllowedPage() {
  const { t } = useTranslation();
  return (
    <EmptyState
      mt="xl"
      title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('notAllowed.title')}</h1>}
      description={t('notAllowed.description')}
    >
      <EmptyState.Actions>
        <Button component={Link} to="/">
          {t('notAllowed.home')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
