import { Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FailedCertificateJob } from '@sen/contracts';
import { CaptionedTable } from '../../../app/ui/captioned-table.component';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { FormError } from '../../../app/ui/form-error.component';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { notifySuccess } from '../../../app/ui/notify';
import { QueryError } from '../../../app/ui/query-error.component';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { useFailedCertificateJobsQuery, useRetryCertificateJobMutation } from '../hooks/use-staff-certificates';

const HEADING_ID = 'failed-certificate-jobs';

/** Issue-certificate jobs that used up their retries, each with a button to run it again (admins). */
export function StaffFailedJobs() {
  const { t } = useTranslation();
  const jobs = useFailedCertificateJobsQuery(true);
  const retry = useRetryCertificateJobMutation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={HEADING_ID}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={HEADING_ID}>
          {t('issuedCertificates.failedJobs.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('issuedCertificates.failedJobs.description')}
        </Text>
        <FormError error={retry.error} />
        <div aria-live="polite" aria-busy={jobs.isFetching}>
          {jobs.isPending ? (
            <ListSkeleton rows={2} />
          ) : jobs.isError ? (
            <QueryError error={jobs.error} onRetry={() => void jobs.refetch()} />
          ) : jobs.data.items.length === 0 ? (
            <EmptyList title={t('issuedCertificates.failedJobs.none')} />
          ) : (
            <FailedJobsTable
              jobs={jobs.data.items}
              retrying={retry.isPending ? retry.variables : undefined}
              onRetry={(jobId) =>
                retry.mutate(jobId, { onSuccess: () => notifySuccess(t('issuedCertificates.failedJobs.retried')) })
              }
            />
          )}
        </div>
      </Stack>
    </Paper>
  );
}

interface FailedJobsTableProps {
  jobs: FailedCertificateJob[];
  retrying: string | undefined;
  onRetry: (jobId: string) => void;
}

function FailedJobsTable({ jobs, retrying, onRetry }: FailedJobsTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <CaptionedTable caption={t('issuedCertificates.failedJobs.caption')} hover={false}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('issuedCertificates.failedJobs.columns.person')}</Table.Th>
          <Table.Th scope="col">{t('issuedCertificates.failedJobs.columns.course')}</Table.Th>
          <Table.Th scope="col">{t('issuedCertificates.failedJobs.columns.failedAt')}</Table.Th>
          <Table.Th scope="col">{t('issuedCertificates.failedJobs.columns.attempts')}</Table.Th>
          <Table.Th scope="col">{t('issuedCertificates.failedJobs.columns.reason')}</Table.Th>
          <Table.Th scope="col">{t('issuedCertificates.failedJobs.columns.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {jobs.map((job) => {
          const name = job.person?.name ?? t('issuedCertificates.failedJobs.unknown');
          return (
            <Table.Tr key={job.jobId}>
              <Table.Td>{name}</Table.Td>
              <Table.Td>{job.course?.name ?? t('issuedCertificates.failedJobs.unknown')}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <time dateTime={job.failedAt}>{formatDateTime(job.failedAt, locale)}</time>
              </Table.Td>
              <Table.Td>{formatNumber(job.attempts, locale)}</Table.Td>
              <Table.Td>
                <Text size="sm" style={{ wordBreak: 'break-word' }}>
                  {job.reason}
                </Text>
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="light"
                  loading={retrying === job.jobId}
                  disabled={retrying !== undefined && retrying !== job.jobId}
                  aria-label={t('issuedCertificates.failedJobs.retryLabel', { name })}
                  onClick={() => onRetry(job.jobId)}
                >
                  {t('issuedCertificates.failedJobs.retry')}
                </Button>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </CaptionedTable>
  );
}
