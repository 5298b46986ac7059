import { Stack } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ContestView } from '@sen/contracts';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { notifySuccess } from '../../../app/ui/notify';
import { PageHeader } from '../../../app/ui/page-header.component';
import { QueryError } from '../../../app/ui/query-error.component';
import { ContestForm } from '../components/contest-form.component';
import { contestValues } from '../hooks/contest-form';
import { useUpdateContestMutation } from '../hooks/use-contest-mutations';
import { useContestQuery } from '../hooks/use-contest-queries';

export function ContestEditPage() {
  const { contestId = '' } = useParams();
  const { t } = useTranslation();
  const contest = useContestQuery(contestId);
  return (
    <Stack>
      <PageHeader title={t('contests.edit.title')} />
      {contest.isPending ? (
        <ListSkeleton />
      ) : contest.isError ? (
        <QueryError error={contest.error} onRetry={() => void contest.refetch()} />
      ) : (
        <EditForm contest={contest.data} />
      )}
    </Stack>
  );
}

function EditForm({ contest }: { contest: ContestView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateContestMutation(contest.id);
  return (
    <ContestForm
      initial={contestValues(contest)}
      locked={contest.status !== 'upcoming'}
      submitLabel={t('common.save')}
      submitting={update.isPending}
      error={update.error}
      onCancel={() => void navigate(`/contests/${contest.id}`)}
      onSubmit={(body, onError) =>
        update.mutate(body, {
          onSuccess: (saved) => {
            notifySuccess(t('contests.edit.done', { title: saved.title }));
            void navigate(`/contests/${saved.id}`);
          },
          onError,
        })
      }
    />
  );
}
