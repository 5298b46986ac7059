import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MyContest } from '@sen/contracts';
import { QueryError } from '../../../app/ui/query-error.component';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { canTakePart } from '../hooks/leaderboard-format';
import { useMyContestsQuery } from '../hooks/use-contest-queries';

/**
 * Contests open to her, on My learning: what each asks, where she stands, a way in and to the board.
 * Nothing shows while there is none (most of the time), not even a heading.
 */
export function MyContestsSection() {
  const { t } = useTranslation();
  const contests = useMyContestsQuery();
  if (contests.isPending) return null;
  if (contests.isError) return <QueryError error={contests.error} onRetry={() => void contests.refetch()} />;
  if (contests.data.items.length === 0) return null;
  return (
    <Stack component="section" aria-labelledby="contests-title" gap="sm">
      <Title order={2} size="h3" id="contests-title">
        {t('contests.mine.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {contests.data.items.map((contest) => (
          <ContestCard key={contest.id} contest={contest} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function ContestCard({ contest }: { contest: MyContest }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const titleId = `contest-${contest.id}`;
  const when =
    contest.status === 'upcoming'
      ? t('contests.mine.opens', { date: formatDateTime(contest.opensAt, locale) })
      : contest.status === 'open'
        ? t('contests.mine.closes', { date: formatDateTime(contest.closesAt, locale) })
        : t('contests.mine.closed', { date: formatDateTime(contest.closesAt, locale) });
  const me = contest.me;
  const standing =
    me.state === 'submitted' && me.bestPercent !== null
      ? t('contests.mine.best', { percent: formatNumber(me.bestPercent, locale) })
      : t(`contests.mine.state.${me.state}`);
  const canTake = canTakePart(contest);
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={600} id={titleId} component="h3" m={0} size="md">
            {contest.title}
          </Text>
          <Badge color={contest.status === 'open' ? 'green' : 'gray'} variant="light" style={{ flexShrink: 0 }}>
            {t(`contests.status.${contest.status}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {t('contests.mine.meta', { count: contest.questionCount, minutes: contest.timeLimitMinutes })}
        </Text>
        <Text size="sm" c="dimmed">
          {when}
        </Text>
        <Text size="sm" fw={500} c={me.state === 'withdrawn' ? 'red.8' : undefined}>
          {standing}
        </Text>
        <Group justify="flex-end" gap="xs">
          {contest.status !== 'upcoming' && (
            <Button component={Link} to={`/learn/contests/${contest.id}`} variant="light">
              {t('contests.mine.board')}
            </Button>
          )}
          <Button
            component={Link}
            to={`/learn/quizzes/${contest.id}`}
            variant={canTake ? 'filled' : 'default'}
            aria-label={`${canTake ? t('contests.mine.take') : t('contests.mine.details')}: ${contest.title}`}
          >
            {canTake ? t('contests.mine.take') : t('contests.mine.details')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
