import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CertificateStatus } from '@sen/contracts';

const COLOURS: Record<CertificateStatus, string> = { valid: 'teal', revoked: 'red', expired: 'gray' };

export function StaffCertificateStatusBadge({ status }: { status: CertificateStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} variant="light">
      {t(`issuedCertificates.statuses.${status}`)}
    </Badge>
  );
}
