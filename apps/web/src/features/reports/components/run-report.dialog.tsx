import { useState, type ReactNode } from 'react';
import { Alert, Button, Group, Modal, Radio, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReportScheduleOption, RunReportBody } from '@sen/contracts';
import { apiFieldErrors } from '../../../app/forms/apply-api-errors';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { notifySuccess } from '../../../app/ui/notify';
import { QueryError } from '../../../app/ui/query-error.component';
import { SubmitError } from '../../../app/ui/form-error.component';
import { useReportScheduleOptionsQuery, useRunReportMutation } from '../hooks/use-reports';
import { reportDetailPath } from './report-list-table.component';

type Mode = 'last' | 'dates';

/** A chosen period ending after today is refused at its last day. */
const DATE_ERRORS = { REPORT_PERIOD_NOT_ENDED: 'to' } as const;

/**
 * Runs a schedule now: for the period that has just ended by its calendar, or for dates the admin picks (the only
 * choice for an on-demand schedule). Asking for a period that already has its report opens that report.
 */
export function RunReportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const options = useReportScheduleOptionsQuery(true);
  const run = useRunReportMutation();
  const [scheduleId, setScheduleId] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>('last');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [errors, setErrors] = useState<Record<string, ReactNode>>({});

  const schedule: ReportScheduleOption | undefined = options.data?.items.find((s) => s.id === scheduleId);
  const datesOnly = schedule?.kind === 'on_demand';
  const effectiveMode: Mode = datesOnly ? 'dates' : mode;

  function submit() {
    const found: Record<string, ReactNode> = {};
    if (!scheduleId) found.schedule = t('validation.required');
    if (effectiveMode === 'dates') {
      if (!from || !to) found.dates = t('reports.run.datesRequired');
      else if (from > to) found.dates = t('validation.dateOrder');
    }
    setErrors(found);
    if (Object.keys(found).length > 0 || !scheduleId) return;
    const body: RunReportBody = effectiveMode === 'dates' ? { from, to } : {};
    run.mutate(
      { scheduleId, body },
      {
        onSuccess: (result) => {
          notifySuccess(result.created ? t('reports.run.created') : t('reports.run.existing'));
          onClose();
          void navigate(reportDetailPath(result.report.id));
        },
        onError: (error) => {
          const fields = apiFieldErrors(error, t, DATE_ERRORS);
          const message = fields.from ?? fields.to;
          if (message) setErrors({ dates: message });
        },
      },
    );
  }

  return (
    <Modal opened onClose={onClose} title={t('reports.run.title')} centered size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          {options.isPending ? (
            <ListSkeleton rows={2} />
          ) : options.isError ? (
            <QueryError error={options.error} onRetry={() => void options.refetch()} />
          ) : options.data.items.length === 0 ? (
            <Alert variant="light">{t('reports.run.noSchedules')}</Alert>
          ) : (
            <Select
              label={t('reports.run.schedule')}
              placeholder={t('reports.run.schedulePlaceholder')}
              required
              searchable
              data-autofocus
              data={options.data.items.map((s) => ({
                value: s.id,
                label: t('reports.run.scheduleOption', {
                  committee: s.committee.name,
                  kind: s.cohort ? `${t(`reports.kinds.${s.kind}`)}: ${s.cohort.name}` : t(`reports.kinds.${s.kind}`),
                }),
              }))}
              value={scheduleId}
              onChange={setScheduleId}
              error={errors.schedule}
              comboboxProps={{ withinPortal: true }}
            />
          )}
          <Radio.Group label={t('reports.run.period')} value={effectiveMode} onChange={(value) => setMode(value)}>
            <Group mt="xs">
              <Radio value="last" label={t('reports.run.lastPeriod')} disabled={datesOnly} />
              <Radio value="dates" label={t('reports.run.chosenPeriod')} />
            </Group>
          </Radio.Group>
          {effectiveMode === 'dates' && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="date"
                label={t('reports.run.from')}
                required
                value={from}
                onChange={(event) => setFrom(event.currentTarget.value)}
                error={errors.dates}
              />
              <TextInput
                type="date"
                label={t('reports.run.to')}
                required
                value={to}
                onChange={(event) => setTo(event.currentTarget.value)}
              />
            </SimpleGrid>
          )}
          <Text size="sm" c="dimmed">
            {t('reports.run.explain')}
          </Text>
          <SubmitError error={run.error} codeFields={effectiveMode === 'dates' ? DATE_ERRORS : undefined} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={run.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={run.isPending} disabled={!options.data?.items.length}>
              {t('reports.run.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
