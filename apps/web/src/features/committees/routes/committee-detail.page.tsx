import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { routeTable, type CommitteeDetail } from '@sen/contracts';
import { NotFoundPage } from '../../../app/access/not-found.page';
import { isApiRequestError } from '../../../app/api/api-request-error';
import { useCan } from '../../../app/access/use-can.hook';
import { ConfirmDialog } from '../../../app/ui/confirm-dialog.component';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { notifySuccess } from '../../../app/ui/notify';
import { PageHeader } from '../../../app/ui/page-header.component';
import { QueryError } from '../../../app/ui/query-error.component';
import { CommitteeFormDialog } from '../components/committee-form.dialog';
import { CommitteeKindBadge } from '../components/committee-kind-badge.component';
import { RecipientsSection } from '../components/recipients-section.component';
import { SchedulesSection } from '../components/schedules-section.component';
import { useArchiveCommitteeMutation } from '../hooks/use-committee-mutations';
import { useCommitteeQuery } from '../hooks/use-committee-queries';

export function CommitteeDetailPage() {
  const { t } = useTranslation();
  const { committeeId = '' } = useParams();
  const committee = useCommitteeQuery(committeeId);
  // Outside her scope the API answers 404, as for a committee that does not exist.
  if (committee.isError && isApiRequestError(committee.error) && committee.error.status === 404) {
    return <NotFoundPage />;
  }
  return (
    <Stack>
      <Anchor component={Link} to="/committees" size="sm">
        ← {t('committees.back')}
      </Anchor>
      {committee.isPending ? (
        <ListSkeleton rows={6} />
      ) : committee.isError ? (
        <QueryError error={committee.error} onRetry={() => void committee.refetch()} />
      ) : (
        <CommitteeView committee={committee.data} />
      )}
    </Stack>
  );
}

type Dialog = 'edit' | 'archive' | null;

function CommitteeView({ committee }: { committee: CommitteeDetail }) {
  const { t } = useTranslation();
  const archived = committee.archivedAt !== null;
  const canManage = useCan(routeTable.updateCommittee) && !archived;
  const canSchedule = useCan(routeTable.createReportSchedule) && !archived;
  const archive = useArchiveCommitteeMutation(committee.id);
  const [dialog, setDialog] = useState<Dialog>(null);

  return (
    <>
      <PageHeader
        title={committee.name}
        actions={
          canManage ? (
            <>
              <Button variant="default" onClick={() => setDialog('edit')}>
                {t('committees.edit.action')}
              </Button>
              <Button variant="light" color="red" onClick={() => setDialog('archive')}>
                {t('committees.archive.action')}
              </Button>
            </>
          ) : undefined
        }
      />
      <Group gap="xs">
        <CommitteeKindBadge kind={committee.kind} />
        {archived && (
          <Badge size="sm" color="gray" variant="outline">
            {t('committees.archivedBadge')}
          </Badge>
        )}
        <Text size="sm" c="dimmed">
          {t('committees.units.managedBy', { unit: committee.unit.name })}
        </Text>
      </Group>
      {archived && (
        <Alert color="gray" variant="light">
          {t('committees.archive.notice')}
        </Alert>
      )}
      <Paper withBorder p="md" component="section" aria-labelledby="committee-units">
        <Title order={2} size="h4" id="committee-units" mb="xs">
          {t('committees.units.title')}
        </Title>
        <Group gap="xs">
          {committee.units.map((unit) => (
            <Anchor key={unit.id} component={Link} to={`/units/${unit.id}`} size="sm">
              {unit.name}
            </Anchor>
          ))}
        </Group>
      </Paper>
      <RecipientsSection committeeId={committee.id} recipients={committee.recipients} canManage={canManage} />
      <SchedulesSection committeeId={committee.id} schedules={committee.schedules} canSchedule={canSchedule} />
      {dialog === 'edit' && <CommitteeFormDialog committee={committee} onClose={() => setDialog(null)} />}
      <ConfirmDialog
        opened={dialog === 'archive'}
        title={t('committees.archive.title', { name: committee.name })}
        message={t('committees.archive.message')}
        confirmLabel={t('committees.archive.confirm')}
        danger
        loading={archive.isPending}
        error={archive.error}
        onClose={() => {
          setDialog(null);
          archive.reset();
        }}
        onConfirm={() =>
          archive.mutate(undefined, {
            onSuccess: () => {
              notifySuccess(t('committees.archive.done', { name: committee.name }));
              setDialog(null);
            },
          })
        }
      />
    </>
  );
}
