import { useState } from 'react';
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { buildPath, routeTable, type ContestView, type Ref } from '@sen/contracts';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { PageHeader } from '../../../app/ui/page-header.component';
import { QueryError } from '../../../app/ui/query-error.component';
import { formatDateTime } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { ContestStatusBadge } from '../components/contest-status-badge.component';
import { Leaderboard } from '../components/leaderboard.component';
import { WithdrawDialog } from '../components/withdraw.dialog';
import { WithdrawalsTable } from '../components/withdrawals-table.component';
import { useContestQuery } from '../hooks/use-contest-queries';

export function ContestDetailPage() {
  const { contestId = '' } = useParams();
  const contest = useContestQuery(contestId);
  if (contest.isPending) return <ListSkeleton />;
  if (contest.isError) return <QueryError error={contest.error} onRetry={() => void contest.refetch()} />;
  return <ContestDetail contest={contest.data} />;
}

function ContestDetail({ contest }: { contest: ContestView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  // undefined: closed; null: open without a chosen person; a person: open from her row.
  const [withdrawing, setWithdrawing] = useState<Ref | null | undefined>(undefined);
  const frozen = contest.frozenAt !== null;
  const exportUrl = `/api${buildPath(routeTable.exportContestResults.path, { id: contest.id })}`;

  const facts: [string, string][] = [
    [t('contests.fields.course'), contest.course.name],
    [t('contests.fields.units'), contest.units.map((unit) => unit.name).join(', ')],
    [t('contests.fields.opensAt'), formatDateTime(contest.opensAt, locale)],
    [t('contests.fields.closesAt'), formatDateTime(contest.closesAt, locale)],
    [t('contests.rules'), t('contests.mine.meta', { count: contest.questionCount, minutes: contest.timeLimitMinutes })],
    [t('contests.fields.passMark'), `${contest.passMark} %`],
    [t('contests.fields.maxAttempts'), String(contest.maxAttempts)],
    [t('contests.fields.review'), t(`contests.review.${contest.review}`)],
  ];

  return (
    <Stack>
      <PageHeader
        title={contest.title}
        actions={
          <>
            <Button component="a" href={exportUrl} download variant="default">
              {t('contests.export')}
            </Button>
            {contest.canManage && !frozen && (
              <Button component={Link} to={`/contests/${contest.id}/edit`} variant="default">
                {t('contests.edit.action')}
              </Button>
            )}
            {contest.canManage && (
              <Button color="red" variant="light" onClick={() => setWithdrawing(null)}>
                {t('contests.withdraw.title')}
              </Button>
            )}
          </>
        }
      />
      <Group gap="xs">
        <ContestStatusBadge status={contest.status} frozen={frozen} />
        <Anchor component={Link} to="/contests" size="sm">
          {t('contests.backToList')}
        </Anchor>
      </Group>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" component="dl" m={0}>
          {facts.map(([label, value]) => (
            <div key={label}>
              <Text component="dt" size="xs" c="dimmed">
                {label}
              </Text>
              <Text component="dd" size="sm" m={0}>
                {value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Paper>
      <Stack component="section" aria-labelledby="board-title" gap="sm">
        <Title order={2} size="h3" id="board-title">
          {t('contests.board.title')}
        </Title>
        <Leaderboard contestId={contest.id} onWithdraw={contest.canManage ? setWithdrawing : undefined} />
      </Stack>
      {contest.withdrawals.length > 0 && (
        <Stack component="section" aria-labelledby="withdrawals-title" gap="sm">
          <Title order={2} size="h3" id="withdrawals-title">
            {t('contests.withdrawals.title')}
          </Title>
          <WithdrawalsTable withdrawals={contest.withdrawals} />
        </Stack>
      )}
      {withdrawing !== undefined && (
        <WithdrawDialog contest={contest} person={withdrawing} onClose={() => setWithdrawing(undefined)} />
      )}
    </Stack>
  );
}
