import { useState } from 'react';
import { Anchor, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MyCertificate } from '@sen/contracts';
import { ConfirmDialog } from '../../../app/ui/confirm-dialog.component';
import { notifySuccess } from '../../../app/ui/notify';
import { formatDate } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { certificateBadgeUrl, certificatePdfUrl } from '../api/certificates.api';
import { useRecertifyMutation } from '../hooks/use-certificate-queries';
import { browserShareDeps, shareLink } from '../hooks/share-link';
import { CertificateStatusBadge } from './certificate-status-badge.component';

/** One certificate: what it says, its state, and what she can do with it from her phone. */
export function CertificateCard({ certificate }: { certificate: MyCertificate }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const recertify = useRecertifyMutation();
  const [confirming, setConfirming] = useState(false);
  // Shown when neither a share sheet nor the clipboard is there (e.g. an old browser on plain http).
  const [manualCopy, setManualCopy] = useState(false);
  const course = certificate.course.name;
  const titleId = `certificate-${certificate.id}`;
  const date = (iso: string) => formatDate(iso, locale);

  const share = async () => {
    const outcome = await shareLink(
      { title: t('certificates.shareTitle', { course }), url: certificate.verificationUrl },
      browserShareDeps(),
    );
    if (outcome === 'copied') notifySuccess(t('certificates.copied'));
    setManualCopy(outcome === 'failed');
  };

  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={600} id={titleId} component="h2" m={0} size="md">
            {course}
          </Text>
          <CertificateStatusBadge status={certificate.status} />
        </Group>
        <Text size="sm">{t('certificates.issuedOn', { date: date(certificate.issuedAt) })}</Text>
        <Text size="sm">
          <Text span c="dimmed">
            {t('certificates.code')}:{' '}
          </Text>
          <Text span ff="monospace" fw={500}>
            {certificate.code}
          </Text>
        </Text>
        {certificate.status === 'revoked' && certificate.revokedAt ? (
          <Text size="sm" c="red.8">
            {t('certificates.revokedOn', {
              date: date(certificate.revokedAt),
              reason: certificate.revokedReason ?? '',
            })}
          </Text>
        ) : certificate.expiresAt ? (
          <Text size="sm" c={certificate.status === 'expired' ? 'orange.9' : 'dimmed'}>
            {certificate.status === 'expired'
              ? t('certificates.expiredOn', { date: date(certificate.expiresAt) })
              : t('certificates.expiresOn', { date: date(certificate.expiresAt) })}
          </Text>
        ) : null}
        {certificate.reissueNo > 0 && (
          <Text size="xs" c="dimmed">
            {t('certificates.reissued', { number: certificate.reissueNo })}
          </Text>
        )}
        <Group gap="xs" mt={4}>
          <Button
            component="a"
            href={certificatePdfUrl(certificate.id)}
            download
            aria-label={`${t('certificates.download')}: ${course}`}
          >
            {t('certificates.download')}
          </Button>
          <Button variant="light" onClick={() => void share()} aria-label={`${t('certificates.share')}: ${course}`}>
            {t('certificates.share')}
          </Button>
          {certificate.canRecertify && (
            <Button
              variant="outline"
              onClick={() => setConfirming(true)}
              aria-label={`${t('certificates.renew')}: ${course}`}
            >
              {t('certificates.renew')}
            </Button>
          )}
        </Group>
        {manualCopy && (
          <TextInput
            readOnly
            label={t('certificates.copyManually')}
            value={certificate.verificationUrl}
            onFocus={(event) => event.currentTarget.select()}
            autoFocus
          />
        )}
        <Anchor href={certificateBadgeUrl(certificate.id)} download size="sm">
          {t('certificates.badge')}
        </Anchor>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('certificates.renewTitle', { course })}
        message={t('certificates.renewBody', { course })}
        confirmLabel={t('certificates.renewConfirm')}
        loading={recertify.isPending}
        error={recertify.error}
        onClose={() => {
          setConfirming(false);
          recertify.reset();
        }}
        onConfirm={() =>
          recertify.mutate(certificate.id, {
            onSuccess: (result) => void navigate(`/learn/${result.enrolmentId}`),
          })
        }
      />
    </Paper>
  );
}
