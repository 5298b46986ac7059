import { useState } from 'react';
import { Button, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REPORT_STATUSES, routeTable } from '@sen/contracts';
import { useCan } from '../../../app/access/use-can.hook';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { ListState } from '../../../app/ui/list-state.component';
import { PageHeader } from '../../../app/ui/page-header.component';
import { useListParams } from '../../../app/ui/use-list-params.hook';
import { ReportListTable } from '../components/report-list-table.component';
import { RunReportDialog } from '../components/run-report.dialog';
import { REPORT_FILTERS, reportListQuery } from '../hooks/report-list-filters';
import { useReportScheduleOptionsQuery, useReportsQuery } from '../hooks/use-reports';

const PAGE_SIZE = 20;

/** Reports to the committees in the caller's scope (admins and reviewers); admins run one now. */
export function ReportListPage() {
  const { t } = useTranslation();
  const { page, values, setFilter, setPage } = useListParams(REPORT_FILTERS);
  const query = reportListQuery(values, page, PAGE_SIZE);
  const reports = useReportsQuery(query);
  const schedules = useReportScheduleOptionsQuery(true);
  const canRun = useCan(routeTable.runReportSchedule);
  const [running, setRunning] = useState(false);
  const narrowed = Boolean(query.scheduleId ?? query.status);

  return (
    <Stack>
      <PageHeader
        title={t('reports.title')}
        actions={canRun && <Button onClick={() => setRunning(true)}>{t('reports.run.action')}</Button>}
      />
      <Text size="sm" c="dimmed">
        {t('reports.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} role="search" aria-label={t('reports.filters')}>
        <Select
          label={t('reports.filter.schedule')}
          placeholder={t('reports.filter.allSchedules')}
          clearable
          searchable
          data={(schedules.data?.items ?? []).map((s) => ({
            value: s.id,
            label: t('reports.run.scheduleOption', { committee: s.committee.name, kind: t(`reports.kinds.${s.kind}`) }),
          }))}
          value={query.scheduleId ?? null}
          onChange={(value) => setFilter('scheduleId', value ?? '')}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t('reports.filter.status')}
          placeholder={t('reports.filter.allStatuses')}
          clearable
          data={REPORT_STATUSES.map((value) => ({ value, label: t(`reports.status.${value}`) }))}
          value={query.status ?? null}
          onChange={(value) => setFilter('status', value ?? '')}
          comboboxProps={{ withinPortal: true }}
        />
      </SimpleGrid>
      <ListState
        query={reports}
        empty={
          narrowed ? (
            <EmptyList title={t('reports.empty')} description={t('common.tryOtherSearch')} />
          ) : (
            <EmptyList title={t('reports.none')} />
          )
        }
        onPageChange={setPage}
      >
        {(items) => <ReportListTable reports={items} caption={t('reports.caption')} />}
      </ListState>
      {running && <RunReportDialog onClose={() => setRunning(false)} />}
    </Stack>
  );
}
