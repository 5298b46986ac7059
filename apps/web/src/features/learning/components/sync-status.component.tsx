import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOutboxState } from '../hooks/use-progress-sync.hook';

/** Tells the trainee her progress is safe on the phone and still on its way, or that she is offline. */
export function SyncStatus() {
  const { t } = useTranslation();
  const { pending, online } = useOutboxState();
  const hasPending = pending.length > 0;
  return (
    <Group gap="xs" role="status" aria-live="polite" mb={online && !hasPending ? 0 : 'sm'}>
      {!online && (
        <Badge color="gray" variant="filled">
          {t('learning.sync.offline')}
        </Badge>
      )}
      {hasPending && (
        <Badge color="yellow" variant="light" tt="none">
          {t('learning.sync.pending', { count: pending.length })}
        </Badge>
      )}
    </Group>
  );
}
