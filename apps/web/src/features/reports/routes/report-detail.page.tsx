import type { ReactNode } from 'react';
import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { routeTable, type ReportDetail } from '@sen/contracts';
import { useCan } from '../../../app/access/use-can.hook';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { PageHeader } from '../../../app/ui/page-header.component';
import { QueryError } from '../../../app/ui/query-error.component';
import { formatDateTime } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { reportFileUrl } from '../api/reports.api';
import { DeliveryLogTable } from '../components/delivery-log-table.component';
import { ReportHeadlineCard } from '../components/report-headline.component';
import { ReportStatusBadge } from '../components/report-status-badge.component';
import { reportPeriodLabel } from '../hooks/report-period-label';
import { useReportQuery } from '../hooks/use-reports';

export function ReportDetailPage() {
  const { t } = useTranslation();
  const { reportId = '' } = useParams();
  const report = useReportQuery(reportId);
  return (
    <Stack>
      <Anchor component={Link} to="/reports" size="sm">
        ← {t('reports.detail.back')}
      </Anchor>
      {report.isPending ? (
        <ListSkeleton rows={6} />
      ) : report.isError ? (
        <QueryError error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <ReportView report={report.data} />
      )}
    </Stack>
  );
}

function ReportView({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const canResend = useCan(routeTable.resendReportDelivery);
  const ready = report.status === 'ready';
  const period = reportPeriodLabel(t, report.period, report.cohort?.name ?? null, locale);

  return (
    <>
      <PageHeader
        title={
          <Group gap="sm" component="span">
            <span>{period}</span>
            <ReportStatusBadge status={report.status} />
          </Group>
        }
        actions={
          ready && (
            <>
              <Button component="a" variant="default" href={reportFileUrl(report.id, 'pdf')} download>
                {t('reports.detail.downloadPdf')}
              </Button>
              <Button component="a" variant="default" href={reportFileUrl(report.id, 'xlsx')} download>
                {t('reports.detail.downloadXlsx')}
              </Button>
            </>
          )
        }
      />
      <div aria-live="polite">
        {report.status === 'building' && <Alert variant="light">{t('reports.detail.building')}</Alert>}
        {report.status === 'failed' && (
          <Alert color="red" variant="light">
            {t('reports.detail.failed', { error: report.lastError ?? '—' })}
          </Alert>
        )}
      </div>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="dl" m={0}>
          <Field label={t('reports.detail.fields.committee')}>{report.committee.name}</Field>
          <Field label={t('reports.detail.fields.kind')}>{t(`reports.kinds.${report.schedule.kind}`)}</Field>
          <Field label={t('reports.detail.fields.period')}>{period}</Field>
          <Field label={t('reports.detail.fields.units')}>
            {report.units.length ? report.units.map((u) => u.name).join('; ') : '—'}
          </Field>
          <Field label={t('reports.detail.fields.created')}>
            <time dateTime={report.createdAt}>{formatDateTime(report.createdAt, locale)}</time>
          </Field>
          <Field label={t('reports.detail.fields.built')}>
            {report.builtAt ? <time dateTime={report.builtAt}>{formatDateTime(report.builtAt, locale)}</time> : '—'}
          </Field>
          <Field label={t('reports.detail.fields.requestedBy')}>
            {report.requestedBy?.name ?? t('reports.detail.automatic')}
          </Field>
        </SimpleGrid>
      </Paper>
      {report.headline && <ReportHeadlineCard headline={report.headline} />}
      <Paper withBorder p="md" component="section" aria-labelledby="report-delivery-log">
        <Stack gap="sm">
          <Title order={2} size="h4" id="report-delivery-log">
            {t('reports.log.title')}
          </Title>
          <div aria-live="polite">
            {report.deliveryLog.length === 0 ? (
              <EmptyList title={t('reports.log.none')} />
            ) : (
              <DeliveryLogTable reportId={report.id} deliveries={report.deliveryLog} canResend={canResend} />
            )}
          </div>
        </Stack>
      </Paper>
    </>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </div>
  );
}
