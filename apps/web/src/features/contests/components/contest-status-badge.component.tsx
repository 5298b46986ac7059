import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContestStatus } from '@sen/contracts';

const COLORS: Record<ContestStatus, string> = { upcoming: 'gray', open: 'green', closed: 'dark' };

/** Upcoming, open or closed; "final result" once the leaderboard is frozen. */
export function ContestStatusBadge({ status, frozen }: { status: ContestStatus; frozen: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Badge color={COLORS[status]} variant="light">
        {t(`contests.status.${status}`)}
      </Badge>
      {frozen && (
        <Badge color="indigo" variant="filled">
          {t('contests.frozen')}
        </Badge>
      )}
    </Group>
  );
}
