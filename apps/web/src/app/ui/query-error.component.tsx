import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiRequestError } from '../api/api-request-error';
import { useErrorMessage } from './use-error-message.hook';

interface QueryErrorProps {
  error: unknown;
  onRetry?: () => void;
}

/** An error from loading data, announced to screen readers, with a way to try again. */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const requestId = isApiRequestError(error) ? error.requestId : undefined;
  return (
    <Alert color="red" title={t('common.loadFailed')} role="alert" aria-live="assertive" w="100%">
      <Text size="sm">{message(error)}</Text>
      {requestId && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('common.requestId', { id: requestId })}
        </Text>
      )}
      {onRetry && (
        <Group mt="sm">
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </Group>
      )}
    </Alert>
  );
}
