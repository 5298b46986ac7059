import { Anchor, Button, Group, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/ui/page-header.component';
import { Leaderboard } from '../components/leaderboard.component';
import { canTakePart } from '../hooks/leaderboard-format';
import { useMyContestsQuery } from '../hooks/use-contest-queries';

/** A participant's view of a contest's leaderboard, her own row highlighted. */
export function ContestBoardPage() {
  const { contestId = '' } = useParams();
  const { t } = useTranslation();
  // Her list of contests names this one (and says whether she may still take it) without another route.
  const mine = useMyContestsQuery();
  const contest = mine.data?.items.find((item) => item.id === contestId);
  const canTake = contest !== undefined && canTakePart(contest);
  return (
    <Stack>
      <PageHeader
        title={contest?.title ?? t('contests.board.title')}
        actions={
          canTake ? (
            <Button component={Link} to={`/learn/quizzes/${contestId}`}>
              {t('contests.mine.take')}
            </Button>
          ) : undefined
        }
      />
      <Group>
        <Anchor component={Link} to="/learn" size="sm">
          {t('contests.mine.back')}
        </Anchor>
      </Group>
      <Leaderboard contestId={contestId} />
    </Stack>
  );
}
