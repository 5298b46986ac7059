import { Stack, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../app/ui/notify';
import { PageHeader } from '../../../app/ui/page-header.component';
import { ContestForm } from '../components/contest-form.component';
import { EMPTY_CONTEST_VALUES } from '../hooks/contest-form';
import { useCreateContestMutation } from '../hooks/use-contest-mutations';

export function ContestCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateContestMutation();
  return (
    <Stack>
      <PageHeader title={t('contests.create.title')} />
      <Text size="sm" c="dimmed">
        {t('contests.create.hint')}
      </Text>
      <ContestForm
        initial={EMPTY_CONTEST_VALUES}
        locked={false}
        submitLabel={t('common.create')}
        submitting={create.isPending}
        error={create.error}
        onCancel={() => void navigate(-1)}
        onSubmit={(body, onError) =>
          create.mutate(body, {
            onSuccess: (contest) => {
              notifySuccess(t('contests.create.done', { title: contest.title }));
              void navigate(`/contests/${contest.id}`);
            },
            onError,
          })
        }
      />
    </Stack>
  );
}
