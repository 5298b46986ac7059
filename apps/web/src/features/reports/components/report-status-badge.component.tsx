import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportDeliveryStatus, ReportStatus } from '@sen/contracts';

const REPORT_COLORS: Record<ReportStatus, string> = { building: 'blue', ready: 'teal', failed: 'red' };
const DELIVERY_COLORS: Record<ReportDeliveryStatus, string> = {
  pending: 'gray',
  sending: 'blue',
  sent: 'teal',
  failed: 'red',
};

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={REPORT_COLORS[status]} variant="light" style={{ flexShrink: 0 }}>
      {t(`reports.status.${status}`)}
    </Badge>
  );
}

export function DeliveryStatusBadge({ status }: { status: ReportDeliveryStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={DELIVERY_COLORS[status]} variant="light" style={{ flexShrink: 0 }}>
      {t(`reports.deliveryStatus.${status}`)}
    </Badge>
  );
}
