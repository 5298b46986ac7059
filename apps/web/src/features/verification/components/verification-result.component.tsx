import type { ReactNode } from 'react';
import { Alert, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VerifiedCertificate } from '@sen/contracts';
import { QueryError } from '../../../app/ui/query-error.component';
import { useErrorMessage } from '../../../app/ui/use-error-message.hook';
import { formatDate } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import type { VerificationOutcome } from '../hooks/verification-outcome';

type Look = { color: string; mark: string };
const LOOKS = {
  valid: { color: 'teal', mark: '✓' },
  revoked: { color: 'red', mark: '✕' },
  expired: { color: 'orange', mark: '!' },
  not_genuine: { color: 'red', mark: '✕' },
  unknown: { color: 'gray', mark: '?' },
  rate_limited: { color: 'yellow', mark: '…' },
} satisfies Record<string, Look>;

interface VerificationResultProps {
  outcome: VerificationOutcome;
  /** A typed code or an uploaded file: the not-genuine and unknown verdicts read differently. */
  source: 'code' | 'file';
  onRetry?: () => void;
}

/** The verdict, big and coloured, then only what the certificate itself prints. */
export function VerificationResult({ outcome, source, onRetry }: VerificationResultProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const date = (iso: string) => formatDate(iso, locale);
  if (outcome.kind === 'error') {
    // A file refused (too large, not a PDF) is no loading failure: say what went wrong with it.
    return source === 'file' ? (
      <Alert color="red" title={t('verify.file.failed')} role="alert">
        {errorMessage(outcome.error)}
      </Alert>
    ) : (
      <QueryError error={outcome.error} onRetry={onRetry} />
    );
  }

  let look: Look;
  let title: string;
  let detail: string | null = null;
  const certificate = outcome.kind === 'verdict' ? outcome.verification.certificate : null;
  switch (outcome.kind) {
    case 'unknown':
      look = LOOKS.unknown;
      title = source === 'file' ? t('verify.verdict.not_genuine') : t('verify.verdict.unknown');
      detail = source === 'file' ? t('verify.detail.notGenuineFile') : t('verify.detail.unknown');
      if (source === 'file') look = LOOKS.not_genuine;
      break;
    case 'malformed':
      look = LOOKS.unknown;
      title = t('verify.verdict.malformed');
      detail = t('verify.detail.unknown');
      break;
    case 'rate_limited':
      look = LOOKS.rate_limited;
      title = t('verify.verdict.rateLimited');
      detail = t('verify.detail.rateLimited');
      break;
    case 'verdict':
      look = LOOKS[outcome.verdict];
      title = t(`verify.verdict.${outcome.verdict}`);
      switch (outcome.verdict) {
        case 'valid':
          detail = t('verify.detail.valid');
          break;
        case 'revoked':
          detail =
            certificate?.revokedAt != null
              ? t('verify.detail.revoked', {
                  date: date(certificate.revokedAt),
                  reason: certificate.revokedReason ?? '',
                })
              : null;
          break;
        case 'expired':
          detail =
            certificate?.expiresAt != null ? t('verify.detail.expired', { date: date(certificate.expiresAt) }) : null;
          break;
        case 'not_genuine':
          detail = source === 'file' ? t('verify.detail.notGenuineFile') : t('verify.detail.notGenuineCode');
          break;
      }
      break;
  }

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      bg={`var(--mantine-color-${look.color}-light)`}
      style={{ borderColor: `var(--mantine-color-${look.color}-6)`, borderWidth: 2 }}
    >
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap" align="center">
          <ThemeIcon color={look.color} size={48} radius="xl" aria-hidden>
            <Text fz={28} fw={700} lh={1} c="white">
              {look.mark}
            </Text>
          </ThemeIcon>
          <Title order={2} size="h3" c={`${look.color}.9`}>
            {title}
          </Title>
        </Group>
        {detail && <Text>{detail}</Text>}
        {outcome.kind === 'verdict' && outcome.verification.superseded && (
          <Text fw={500}>{t('verify.detail.superseded')}</Text>
        )}
        {certificate && outcome.kind === 'verdict' && outcome.verdict !== 'not_genuine' && (
          <CertificateFacts certificate={certificate} />
        )}
      </Stack>
    </Paper>
  );
}

function CertificateFacts({ certificate }: { certificate: VerifiedCertificate }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rows: [string, ReactNode][] = [
    [t('verify.facts.holder'), <strong key="holder">{certificate.holderName}</strong>],
    [t('verify.facts.course'), certificate.courseTitle],
    [t('verify.facts.issuer'), certificate.issuerName],
    [t('verify.facts.issuedAt'), formatDate(certificate.issuedAt, locale)],
    [
      t('verify.facts.expiresAt'),
      certificate.expiresAt ? formatDate(certificate.expiresAt, locale) : t('verify.facts.noExpiry'),
    ],
    [
      t('verify.facts.reissue'),
      certificate.reissueNo === 0
        ? t('verify.facts.firstIssue')
        : t('verify.facts.reissueNo', { number: certificate.reissueNo }),
    ],
    [
      t('verify.facts.code'),
      <Text key="code" span ff="monospace">
        {certificate.code}
      </Text>,
    ],
    [
      t('verify.facts.keyId'),
      <Text key="key" span ff="monospace" size="xs" style={{ wordBreak: 'break-all' }}>
        {certificate.keyId}
      </Text>,
    ],
  ];
  return (
    <Stack component="dl" gap={6} m={0}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="xs" c="dimmed">
            {label}
          </Text>
          <Text component="dd" m={0}>
            {value}
          </Text>
        </div>
      ))}
    </Stack>
  );
}
