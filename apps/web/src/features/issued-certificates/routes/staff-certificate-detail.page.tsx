import { useState, type ReactNode } from 'react';
import { Alert, Anchor, Button, Code, CopyButton, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { routeTable, type CertificateDetail } from '@sen/contracts';
import { useCan } from '../../../app/access/use-can.hook';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { PageHeader } from '../../../app/ui/page-header.component';
import { QueryError } from '../../../app/ui/query-error.component';
import { formatDate, formatDateTime, formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { certificatePdfUrl } from '../api/staff-certificates.api';
import { StaffCertificateHistory } from '../components/staff-certificate-history.component';
import { CertificateStatusBadge } from '../../certificates/components/certificate-status-badge.component';
import { StaffReissueCertificateDialog } from '../components/staff-reissue-certificate.dialog';
import { StaffRevokeCertificateDialog } from '../components/staff-revoke-certificate.dialog';
import { useCertificateQuery } from '../hooks/use-staff-certificates';

export function StaffCertificateDetailPage() {
  const { t } = useTranslation();
  const { certificateId = '' } = useParams();
  const certificate = useCertificateQuery(certificateId);
  return (
    <Stack>
      <Anchor component={Link} to="/issued-certificates" size="sm">
        ← {t('issuedCertificates.detail.back')}
      </Anchor>
      {certificate.isPending ? (
        <ListSkeleton rows={6} />
      ) : certificate.isError ? (
        <QueryError error={certificate.error} onRetry={() => void certificate.refetch()} />
      ) : (
        <CertificateView certificate={certificate.data} />
      )}
    </Stack>
  );
}

type Dialog = 'revoke' | 'reissue' | null;

function CertificateView({ certificate }: { certificate: CertificateDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const canRevoke = useCan(routeTable.revokeCertificate);
  const canReissue = useCan(routeTable.reissueCertificate);
  const [dialog, setDialog] = useState<Dialog>(null);
  const revoked = certificate.status === 'revoked';
  // The member's record was corrected after the certificate was printed.
  const nameChanged = certificate.currentHolderName !== certificate.holderName;

  return (
    <>
      <PageHeader
        title={
          <Group gap="sm" component="span">
            <span>{certificate.holderName}</span>
            <CertificateStatusBadge status={certificate.status} />
          </Group>
        }
        actions={
          <>
            <Button component="a" variant="default" href={certificatePdfUrl(certificate.id)} download>
              {t('issuedCertificates.detail.download')}
            </Button>
            {canRevoke && (
              <Button color="red" variant="light" disabled={revoked} onClick={() => setDialog('revoke')}>
                {t('issuedCertificates.revoke.action')}
              </Button>
            )}
          </>
        }
      />
      {revoked && (
        <Alert color="red" variant="light">
          {t('issuedCertificates.detail.revokedNotice')}
        </Alert>
      )}
      {nameChanged && !revoked && (
        <Alert color="yellow" variant="light">
          <Stack gap="xs">
            <Text size="sm">
              {t('issuedCertificates.detail.nameChanged', {
                current: certificate.currentHolderName,
                printed: certificate.holderName,
              })}
            </Text>
            {canReissue ? (
              <Group>
                <Button size="xs" onClick={() => setDialog('reissue')}>
                  {t('issuedCertificates.reissue.action')}
                </Button>
              </Group>
            ) : (
              <Text size="sm">{t('issuedCertificates.detail.nameChangedAdminOnly')}</Text>
            )}
          </Stack>
        </Alert>
      )}
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="dl" m={0}>
          <Field label={t('issuedCertificates.detail.fields.code')}>
            <Code>{certificate.code}</Code>
          </Field>
          <Field label={t('issuedCertificates.detail.fields.course')}>
            {t('issuedCertificates.detail.courseVersion', {
              title: certificate.course.name,
              version: certificate.courseVersion,
            })}
          </Field>
          <Field label={t('issuedCertificates.columns.holder')}>
            <Anchor component={Link} to={`/people/${certificate.person.id}`} size="sm">
              {certificate.person.name}
            </Anchor>
          </Field>
          <Field label={t('issuedCertificates.detail.fields.unit')}>{certificate.unit.name}</Field>
          <Field label={t('issuedCertificates.detail.fields.issuer')}>{certificate.issuerName}</Field>
          <Field label={t('issuedCertificates.detail.fields.issuedAt')}>
            <time dateTime={certificate.issuedAt}>{formatDate(certificate.issuedAt, locale)}</time>
          </Field>
          <Field label={t('issuedCertificates.detail.fields.expiresAt')}>
            {certificate.expiresAt ? (
              <time dateTime={certificate.expiresAt}>{formatDate(certificate.expiresAt, locale)}</time>
            ) : (
              t('issuedCertificates.neverExpires')
            )}
          </Field>
          {certificate.revokedAt && (
            <Field label={t('issuedCertificates.detail.fields.revokedAt')}>
              <time dateTime={certificate.revokedAt}>{formatDateTime(certificate.revokedAt, locale)}</time>
            </Field>
          )}
          {certificate.revokedReason && (
            <Field label={t('issuedCertificates.detail.fields.revokedReason')}>{certificate.revokedReason}</Field>
          )}
          <Field label={t('issuedCertificates.detail.fields.reissueNo')}>
            {formatNumber(certificate.reissueNo, locale)}
          </Field>
          <Field label={t('issuedCertificates.detail.verification')}>
            <Group gap="xs" wrap="wrap">
              <Anchor href={certificate.verificationUrl} target="_blank" rel="noopener" size="sm">
                {t('issuedCertificates.detail.openVerification')}
              </Anchor>
              <CopyButton value={certificate.verificationUrl}>
                {({ copied, copy }) => (
                  <Button size="compact-xs" variant="subtle" onClick={copy}>
                    {copied ? t('issuedCertificates.detail.copied') : t('issuedCertificates.detail.copyLink')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Field>
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="certificate-history">
        <Stack gap="sm">
          <Title order={2} size="h4" id="certificate-history">
            {t('issuedCertificates.history.title')}
          </Title>
          <StaffCertificateHistory events={certificate.history} />
        </Stack>
      </Paper>
      {dialog === 'revoke' && (
        <StaffRevokeCertificateDialog certificate={certificate} onClose={() => setDialog(null)} />
      )}
      {dialog === 'reissue' && (
        <StaffReissueCertificateDialog certificate={certificate} onClose={() => setDialog(null)} />
      )}
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
