import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReportListItem } from '@sen/contracts';
import { CaptionedTable } from '../../../app/ui/captioned-table.component';
import { formatDateTime } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { reportPeriodLabel } from '../hooks/report-period-label';
import { ReportStatusBadge } from './report-status-badge.component';

export function reportDetailPath(id: string): string {
  return `/reports/${id}`;
}

export function ReportListTable({ reports, caption }: { reports: ReportListItem[]; caption: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <CaptionedTable caption={caption}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('reports.columns.period')}</Table.Th>
          <Table.Th scope="col">{t('reports.columns.committee')}</Table.Th>
          <Table.Th scope="col" visibleFrom="md">
            {t('reports.columns.kind')}
          </Table.Th>
          <Table.Th scope="col">{t('reports.columns.status')}</Table.Th>
          <Table.Th scope="col">{t('reports.columns.sent')}</Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t('reports.columns.received')}
          </Table.Th>
          <Table.Th scope="col" visibleFrom="lg">
            {t('reports.columns.created')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {reports.map((report) => (
          <Table.Tr key={report.id}>
            <Table.Td>
              <Anchor component={Link} to={reportDetailPath(report.id)} fw={500}>
                {reportPeriodLabel(t, report.period, report.cohort?.name ?? null, locale)}
              </Anchor>
            </Table.Td>
            <Table.Td>
              {report.committee.name}
              <Text size="xs" c="dimmed" hiddenFrom="md">
                {t(`reports.kinds.${report.schedule.kind}`)}
              </Text>
            </Table.Td>
            <Table.Td visibleFrom="md">{t(`reports.kinds.${report.schedule.kind}`)}</Table.Td>
            <Table.Td>
              <ReportStatusBadge status={report.status} />
            </Table.Td>
            <Table.Td>
              {t('reports.ofTotal', { count: report.deliveries.sent, total: report.deliveries.total })}
            </Table.Td>
            <Table.Td visibleFrom="sm">
              {t('reports.ofTotal', { count: report.deliveries.received, total: report.deliveries.total })}
            </Table.Td>
            <Table.Td visibleFrom="lg" style={{ whiteSpace: 'nowrap' }}>
              <time dateTime={report.createdAt}>{formatDateTime(report.createdAt, locale)}</time>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </CaptionedTable>
  );
}
