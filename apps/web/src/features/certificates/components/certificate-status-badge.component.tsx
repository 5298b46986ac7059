import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CertificateStatus } from '@sen/contracts';

const COLORS: Record<CertificateStatus, string> = { valid: 'teal', revoked: 'red', expired: 'orange' };

export function CertificateStatusBadge({ status }: { status: CertificateStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" style={{ flexShrink: 0 }}>
      {t(`certificates.status.${status}`)}
    </Badge>
  );
}
