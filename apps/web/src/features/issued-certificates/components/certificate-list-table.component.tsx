import { Anchor, Code, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CertificateListItem } from '@sen/contracts';
import { CaptionedTable } from '../../../app/ui/captioned-table.component';
import { formatDate } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { CertificateStatusBadge } from '../../certificates/components/certificate-status-badge.component';

export function certificateDetailPath(id: string): string {
  return `/issued-certificates/${id}`;
}

export function CertificateListTable({
  certificates,
  caption,
}: {
  certificates: CertificateListItem[];
  caption: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <CaptionedTable caption={caption}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('issuedCertificates.columns.holder')}</Table.Th>
          <Table.Th scope="col" visibleFrom="md">
            {t('issuedCertificates.columns.unit')}
          </Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t('issuedCertificates.columns.course')}
          </Table.Th>
          <Table.Th scope="col" visibleFrom="lg">
            {t('issuedCertificates.columns.code')}
          </Table.Th>
          <Table.Th scope="col">{t('issuedCertificates.columns.issued')}</Table.Th>
          <Table.Th scope="col" visibleFrom="md">
            {t('issuedCertificates.columns.expires')}
          </Table.Th>
          <Table.Th scope="col">{t('issuedCertificates.columns.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {certificates.map((certificate) => (
          <Table.Tr key={certificate.id}>
            <Table.Td>
              <Anchor component={Link} to={certificateDetailPath(certificate.id)} fw={500}>
                {certificate.holderName}
              </Anchor>
              {/* On a phone the hidden columns' essentials go under the name. */}
              <Text size="xs" c="dimmed" hiddenFrom="sm">
                {certificate.course.name}
              </Text>
              <Text size="xs" c="dimmed" hiddenFrom="md">
                {certificate.unit.name}
              </Text>
            </Table.Td>
            <Table.Td visibleFrom="md">{certificate.unit.name}</Table.Td>
            <Table.Td visibleFrom="sm">{certificate.course.name}</Table.Td>
            <Table.Td visibleFrom="lg">
              <Code style={{ whiteSpace: 'nowrap' }}>{certificate.code}</Code>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <time dateTime={certificate.issuedAt}>{formatDate(certificate.issuedAt, locale)}</time>
            </Table.Td>
            <Table.Td visibleFrom="md" style={{ whiteSpace: 'nowrap' }}>
              {certificate.expiresAt ? (
                <time dateTime={certificate.expiresAt}>{formatDate(certificate.expiresAt, locale)}</time>
              ) : (
                t('issuedCertificates.neverExpires')
              )}
            </Table.Td>
            <Table.Td>
              <CertificateStatusBadge status={certificate.status} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </CaptionedTable>
  );
}
