import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SaveStatus } from '../hooks/attempt-autosave';
import { formatRemaining } from '../hooks/countdown';
import type { Countdown } from '../hooks/use-countdown.hook';
import classes from './quiz-player.module.css';

const SAVE_COLOR: Record<SaveStatus, string> = {
  saved: 'teal.8',
  saving: 'dimmed',
  offline: 'orange.9',
  failed: 'orange.9',
};

/** The countdown and whether her answers are safe, kept at the top of the screen. */
export function AttemptStatusBar({
  countdown,
  status,
  answered,
  total,
}: {
  countdown: Countdown | null;
  status: SaveStatus;
  answered: number;
  total: number;
}) {
  const { t } = useTranslation();
  return (
    <Group className={classes.statusBar} justify="space-between" gap="xs" wrap="wrap">
      <Group gap="xs" wrap="nowrap">
        {countdown && (
          <Badge
            size="lg"
            variant={countdown.phase === 'running' ? 'light' : 'filled'}
            color={countdown.phase === 'running' ? 'blue' : 'red'}
            tt="none"
          >
            {/* A timer is not read out on every tick; the one-minute warning is announced separately. */}
            <span role="timer" aria-label={t('quiz.attempt.timer')}>
              <ClockIcon /> {formatRemaining(countdown.remaining)}
            </span>
          </Badge>
        )}
        <Text size="sm" c="dimmed">
          {t('quiz.attempt.answeredCount', { answered, total })}
        </Text>
      </Group>
      <Text size="sm" fw={500} c={SAVE_COLOR[status]} role="status" aria-live="polite">
        {t(`quiz.save.${status}`)}
      </Text>
    </Group>
  );
}

function ClockIcon() {
  return (
    <svg
      aria-hidden="true"
      width="12"
      height="12"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      strokeLinecap="round"
      style={{ verticalAlign: '-1px' }}
    >
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3 2" />
    </svg>
  );
}
