import { useState } from 'react';
import { Button, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportScheduleView } from '@sen/contracts';
import { ConfirmDialog } from '../../../app/ui/confirm-dialog.component';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { FormError } from '../../../app/ui/form-error.component';
import { notifySuccess } from '../../../app/ui/notify';
import { useDeleteScheduleMutation, useUpdateScheduleMutation } from '../hooks/use-committee-mutations';
import { ScheduleFormDialog } from './schedule-form.dialog';
import { SchedulesTable, type ScheduleAction } from './schedules-table.component';

interface SchedulesSectionProps {
  committeeId: string;
  schedules: ReportScheduleView[];
  /** Reviewers and admins in scope, while the committee is not archived. */
  canSchedule: boolean;
}

type Dialog = { kind: 'add' } | { kind: 'edit' | 'delete'; schedule: ReportScheduleView } | null;

export function SchedulesSection({ committeeId, schedules, canSchedule }: SchedulesSectionProps) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const toggle = useUpdateScheduleMutation(committeeId);
  const remove = useDeleteScheduleMutation(committeeId);
  const close = () => {
    setDialog(null);
    remove.reset();
  };

  const onAction = (action: ScheduleAction, schedule: ReportScheduleView) => {
    if (action !== 'toggle') return setDialog({ kind: action, schedule });
    // Turning a schedule off or on again is undone with one click, so it is not confirmed.
    const enabled = !schedule.enabled;
    const kind = t(`committees.schedules.kinds.${schedule.kind}`);
    toggle.mutate(
      { id: schedule.id, body: { enabled } },
      {
        onSuccess: () =>
          notifySuccess(
            enabled
              ? t('committees.schedules.toggle.enabled', { kind })
              : t('committees.schedules.toggle.disabled', { kind }),
          ),
      },
    );
  };

  return (
    <Stack component="section" aria-labelledby="committee-schedules" gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h4" id="committee-schedules">
          {t('committees.schedules.title')}
        </Title>
        {canSchedule && (
          <Button size="xs" variant="light" onClick={() => setDialog({ kind: 'add' })}>
            {t('committees.schedules.add.action')}
          </Button>
        )}
      </Group>
      <FormError error={toggle.error} />
      {schedules.length === 0 ? (
        <EmptyList title={t('committees.schedules.empty')} />
      ) : (
        <SchedulesTable
          schedules={schedules}
          onAction={canSchedule ? onAction : undefined}
          busyId={toggle.isPending ? (toggle.variables?.id ?? null) : null}
        />
      )}
      {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
        <ScheduleFormDialog
          committeeId={committeeId}
          schedule={dialog.kind === 'edit' ? dialog.schedule : undefined}
          onClose={close}
        />
      )}
      <ConfirmDialog
        opened={dialog?.kind === 'delete'}
        title={t('committees.schedules.delete.title')}
        message={
          dialog?.kind === 'delete'
            ? t('committees.schedules.delete.message', {
                kind: t(`committees.schedules.kinds.${dialog.schedule.kind}`),
              })
            : ''
        }
        confirmLabel={t('committees.schedules.delete.confirm')}
        danger
        loading={remove.isPending}
        error={remove.error}
        onClose={close}
        onConfirm={() => {
          if (dialog?.kind !== 'delete') return;
          const kind = t(`committees.schedules.kinds.${dialog.schedule.kind}`);
          remove.mutate(dialog.schedule.id, {
            onSuccess: () => {
              notifySuccess(t('committees.schedules.delete.done', { kind }));
              close();
            },
          });
        }}
      />
    </Stack>
  );
}
