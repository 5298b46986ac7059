import { useState } from 'react';
import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportDeliveryView } from '@sen/contracts';
import { CaptionedTable } from '../../../app/ui/captioned-table.component';
import { ConfirmDialog } from '../../../app/ui/confirm-dialog.component';
import { notifySuccess } from '../../../app/ui/notify';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { useResendDeliveryMutation } from '../hooks/use-reports';
import { DeliveryStatusBadge } from './report-status-badge.component';

function When({ at }: { at: string | null }) {
  const locale = useLocale();
  return at ? <time dateTime={at}>{formatDateTime(at, locale)}</time> : <>—</>;
}

/** One row per recipient's copy: where it stands, how often it was tried, why it failed, and when she confirmed. */
export function DeliveryLogTable({
  reportId,
  deliveries,
  canResend,
}: {
  reportId: string;
  deliveries: ReportDeliveryView[];
  canResend: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const resend = useResendDeliveryMutation(reportId);
  const [asking, setAsking] = useState<ReportDeliveryView | null>(null);

  return (
    <>
      <CaptionedTable caption={t('reports.log.caption')} hover={false}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.log.columns.recipient')}</Table.Th>
            <Table.Th scope="col">{t('reports.log.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('reports.log.columns.attempts')}</Table.Th>
            <Table.Th scope="col" visibleFrom="md">
              {t('reports.log.columns.lastError')}
            </Table.Th>
            <Table.Th scope="col" visibleFrom="sm">
              {t('reports.log.columns.sent')}
            </Table.Th>
            <Table.Th scope="col" visibleFrom="lg">
              {t('reports.log.columns.opened')}
            </Table.Th>
            <Table.Th scope="col">{t('reports.log.columns.received')}</Table.Th>
            {canResend && <Table.Th scope="col">{t('reports.log.columns.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deliveries.map((copy) => (
            <Table.Tr key={copy.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {copy.recipient.name}
                </Text>
                <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                  {copy.recipient.email} · {copy.recipient.role}
                </Text>
              </Table.Td>
              <Table.Td>
                <DeliveryStatusBadge status={copy.status} />
              </Table.Td>
              <Table.Td>{formatNumber(copy.attempts, locale)}</Table.Td>
              <Table.Td visibleFrom="md">
                <Text size="sm" c={copy.lastError ? 'red.8' : undefined} style={{ wordBreak: 'break-word' }}>
                  {copy.lastError ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td visibleFrom="sm" style={{ whiteSpace: 'nowrap' }}>
                <When at={copy.sentAt} />
              </Table.Td>
              <Table.Td visibleFrom="lg" style={{ whiteSpace: 'nowrap' }}>
                <When at={copy.openedAt} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <When at={copy.receivedAt} />
              </Table.Td>
              {canResend && (
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="light"
                    aria-label={t('reports.log.resendLabel', { name: copy.recipient.name })}
                    onClick={() => {
                      resend.reset();
                      setAsking(copy);
                    }}
                  >
                    {t('reports.log.resend')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </CaptionedTable>
      <ConfirmDialog
        opened={asking !== null}
        title={t('reports.log.resendTitle')}
        message={
          asking ? t('reports.log.resendMessage', { name: asking.recipient.name, email: asking.recipient.email }) : ''
        }
        confirmLabel={t('reports.log.resend')}
        loading={resend.isPending}
        error={resend.error}
        onClose={() => setAsking(null)}
        onConfirm={() =>
          asking &&
          resend.mutate(asking.id, {
            onSuccess: () => {
              notifySuccess(t('reports.log.resent'));
              setAsking(null);
            },
          })
        }
      />
    </>
  );
}
