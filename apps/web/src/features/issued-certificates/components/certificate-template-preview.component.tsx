import { Box, Image, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TemplateLogo } from '../hooks/certificate-template-form';

interface CertificateTemplatePreviewProps {
  courseTitle: string;
  issuerName: string;
  logo: TemplateLogo | null;
  primaryColour: string;
  accentColour: string;
  signatoryName: string | null;
  signatoryTitle: string;
  validityMonths: number | null;
}

const HEX = /^#[0-9A-Fa-f]{6}$/;
const FALLBACK = '#868E96';

/**
 * A sketch of the A4-landscape certificate in the chosen colours and texts, so an author sees a clash of
 * colours before saving; the PDF itself is drawn by the worker.
 */
export function CertificateTemplatePreview(props: CertificateTemplatePreviewProps) {
  const { t } = useTranslation();
  // A colour half-typed in the input shows as grey rather than breaking the sketch.
  const primary = HEX.test(props.primaryColour) ? props.primaryColour : FALLBACK;
  const accent = HEX.test(props.accentColour) ? props.accentColour : FALLBACK;
  return (
    <Box
      role="img"
      aria-label={t('issuedCertificates.template.preview.label')}
      maw={480}
      style={{
        aspectRatio: '297 / 210',
        border: `6px solid ${primary}`,
        outline: `2px solid ${accent}`,
        outlineOffset: -12,
        borderRadius: 4,
        background: 'white',
        color: '#212529',
        position: 'relative',
        overflow: 'hidden',
      }}
    >
      <Stack gap={4} align="center" justify="center" h="100%" px="lg" ta="center">
        {props.logo && <Image src={props.logo.url} alt="" h={32} w="auto" fit="contain" />}
        <Text size="xs" c="dimmed">
          {props.issuerName}
        </Text>
        <Text fw={700} size="lg" style={{ color: primary, letterSpacing: 1 }}>
          {t('issuedCertificates.template.preview.heading')}
        </Text>
        <Text size="xs">{t('issuedCertificates.template.preview.certifies')}</Text>
        <Text fw={700} size="md" style={{ color: accent }}>
          {t('issuedCertificates.template.preview.sampleName')}
        </Text>
        <Text size="xs">{t('issuedCertificates.template.preview.completed')}</Text>
        <Text fw={600} size="sm" lineClamp={2}>
          {props.courseTitle}
        </Text>
        <Box w="40%" h={2} my={4} style={{ background: accent }} />
        <Text size="xs">{props.signatoryTitle}</Text>
        <Text size="xs" fw={600}>
          {props.signatoryName ?? t('issuedCertificates.template.preview.noSignatory')}
        </Text>
        <Text size="10px" c="dimmed">
          {props.validityMonths
            ? t('issuedCertificates.template.preview.validFor', { count: props.validityMonths })
            : t('issuedCertificates.template.preview.noExpiry')}{' '}
          · {t('issuedCertificates.template.preview.code')}
        </Text>
      </Stack>
    </Box>
  );
}
