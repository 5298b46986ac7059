import { Anchor, Box, Stack, Text } from '@mantine/core';
import { QUEUE_DASHBOARD_PATH } from '@sen/contracts';
import { useTranslation } from 'react-i18next';
import { NotAllowedPage } from '../../../app/access/not-allowed.page';
import { PageHeader } from '../../../app/ui/page-header.component';
import { useSessionQuery } from '../../auth/hooks/use-session.query';

/** The board's page; Bull Board's own links below it are relative to this address. */
const BOARD_URL = `${QUEUE_DASHBOARD_PATH}/`;

/**
 * Bull Board, served by the API under its own access check (an admin whose grant is at the root unit), shown
 * in a frame of this origin. The same check decides here whether to show it, so nobody else gets a frame
 * that only says 403.
 */
export function QueueDashboardPage() {
  const { t } = useTranslation();
  const { data: session } = useSessionQuery();
  if (!session?.canOperateQueues) return <NotAllowedPage />;

  return (
    <Stack>
      <PageHeader
        title={t('operations.queues.title')}
        actions={
          <Anchor href={BOARD_URL} target="_blank" rel="noopener">
            {t('operations.queues.openFullScreen')}{' '}
            <Text span size="sm" c="dimmed">
              {t('operations.queues.openFullScreenHint')}
            </Text>
          </Anchor>
        }
      />
      <Stack gap={4}>
        <Text>{t('operations.queues.intro')}</Text>
        <Text size="sm" c="dimmed">
          {t('operations.queues.scope')} {t('operations.queues.language')} {t('operations.queues.health')}
        </Text>
      </Stack>
      <Box
        component="iframe"
        src={BOARD_URL}
        title={t('operations.queues.frameTitle')}
        w="100%"
        h="75dvh"
        style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 'var(--mantine-radius-sm)' }}
      />
    </Stack>
  );
}
