import { Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { certificatePdfUrl } from '../api/certificates.api';
import { useCompletionCertificate } from '../hooks/use-certificate-queries';
import { CertificateStatusBadge } from './certificate-status-badge.component';

interface CompletionCertificateProps {
  courseId: string;
  /** The course's title as shown, naming the buttons for screen readers where several cards have them. */
  title: string;
  /** The completion the certificate is for; null when the API does not say (any of the course's then). */
  completedAt: string | null;
  /** One line for a course card instead of a block. */
  compact?: boolean;
}

/**
 * "Certificate issued — Download / View" for a completed course. The worker issues it a moment after the
 * completion, so this asks every couple of seconds until it is there; the live region announces it.
 */
export function CompletionCertificate({ courseId, title, completedAt, compact = false }: CompletionCertificateProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { query, found, gaveUp } = useCompletionCertificate(courseId, completedAt);

  const content = () => {
    // A card stays quiet about a list that failed to load; the block says so, with a retry.
    if (query.isError && !found) {
      return compact ? null : (
        <Text size="sm" c="red.8">
          {t('certificates.block.loadFailed')}{' '}
          <Anchor component="button" type="button" size="sm" onClick={() => void query.refetch()}>
            {t('common.retry')}
          </Anchor>
        </Text>
      );
    }
    if (!found) return null;
    if (found.state !== 'issued') {
      if (gaveUp) {
        return compact ? null : (
          <Text size="sm" c="dimmed">
            {t('certificates.block.later')}{' '}
            <Anchor component={Link} to="/certificates" size="sm">
              {t('certificates.title')}
            </Anchor>
          </Text>
        );
      }
      return (
        <Group gap="xs" wrap="nowrap">
          <Loader size="xs" aria-hidden />
          <Text size="sm">{t('certificates.block.issuing')}</Text>
        </Group>
      );
    }
    const { certificate } = found;
    const download = (
      <Button
        component="a"
        href={certificatePdfUrl(certificate.id)}
        download
        size={compact ? 'compact-sm' : 'sm'}
        variant={compact ? 'subtle' : 'filled'}
        aria-label={`${t('certificates.download')}: ${title}`}
      >
        {t('certificates.download')}
      </Button>
    );
    const view = (
      <Button
        component={Link}
        to="/certificates"
        size={compact ? 'compact-sm' : 'sm'}
        variant="subtle"
        aria-label={`${t('certificates.block.view')}: ${title}`}
      >
        {t('certificates.block.view')}
      </Button>
    );
    if (compact) {
      return (
        <Group gap={4} justify="space-between">
          <Text size="sm" fw={500} c="teal.9">
            ✓ {t('certificates.block.issued')}
          </Text>
          <Group gap={4}>
            {download}
            {view}
          </Group>
        </Group>
      );
    }
    return (
      <Paper withBorder p="md" style={{ borderColor: 'var(--mantine-color-teal-6)' }}>
        <Stack gap="xs">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Title order={2} size="h4" c="teal.9">
              {t('certificates.block.issued')}
            </Title>
            {certificate.status !== 'valid' && <CertificateStatusBadge status={certificate.status} />}
          </Group>
          <Text size="sm">
            {t('certificates.issuedOn', { date: formatDate(certificate.issuedAt, locale) })} · {t('certificates.code')}:{' '}
            <Text span ff="monospace" fw={500}>
              {certificate.code}
            </Text>
          </Text>
          <Group gap="xs">
            {download}
            {view}
          </Group>
        </Stack>
      </Paper>
    );
  };

  // Polite: the news waits until a screen reader has finished what it was reading.
  return (
    <div role="status" aria-live="polite">
      {content()}
    </div>
  );
}
