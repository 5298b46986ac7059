import { useState, type ReactNode } from 'react';
import { Button, FileButton, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UploadStatus } from '../../courses/components/upload-button.component';
import { useUpload } from '../../courses/hooks/use-upload.hook';
import { LOGO_ACCEPT, isLogoFile, type TemplateLogo } from '../hooks/certificate-template-form';

interface CertificateTemplateLogoFieldProps {
  courseId: string;
  value: TemplateLogo | null;
  onChange: (logo: TemplateLogo | null) => void;
  /** The server's word on the saved logo, e.g. CERTIFICATE_LOGO_INVALID. */
  error?: ReactNode;
  readOnly: boolean;
}

const LABEL_ID = 'certificate-logo-label';
const ERROR_ID = 'certificate-logo-error';

/** The logo printed on the certificate: uploaded like the course's pictures, but PNG or JPEG only (what a PDF embeds). */
export function CertificateTemplateLogoField(props: CertificateTemplateLogoFieldProps) {
  const { t } = useTranslation();
  const upload = useUpload(props.courseId, 'image');
  const [wrongType, setWrongType] = useState(false);
  const error = wrongType ? t('errors.CERTIFICATE_LOGO_INVALID') : props.error;
  const label = props.value
    ? t('issuedCertificates.template.logo.replace')
    : t('issuedCertificates.template.logo.choose');

  return (
    <Stack gap="xs" role="group" aria-labelledby={LABEL_ID} aria-describedby={error ? ERROR_ID : undefined}>
      <Text id={LABEL_ID} size="sm" fw={500}>
        {t('issuedCertificates.template.logo.label')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('issuedCertificates.template.logo.hint')}
      </Text>
      <Paper withBorder radius="md" p="xs" w={160} h={96}>
        {props.value ? (
          <Image src={props.value.url} alt={t('issuedCertificates.template.logo.alt')} fit="contain" h="100%" />
        ) : (
          <Stack h="100%" align="center" justify="center">
            <Text size="sm" c="dimmed">
              {t('issuedCertificates.template.logo.none')}
            </Text>
          </Stack>
        )}
      </Paper>
      {!props.readOnly && (
        <Group>
          <FileButton
            accept={LOGO_ACCEPT}
            onChange={(file) => {
              if (!file) return;
              // A WebP passes the course's image check but cannot go into the PDF: refused here, before sending.
              if (!isLogoFile(file)) {
                setWrongType(true);
                return;
              }
              setWrongType(false);
              void upload.upload(file).then((uploaded) => {
                if (uploaded) props.onChange({ id: uploaded.id, url: uploaded.variants[0]?.url ?? uploaded.url });
              });
            }}
          >
            {(buttonProps) => (
              <Button {...buttonProps} variant="default" loading={upload.progress !== null}>
                {label}
              </Button>
            )}
          </FileButton>
          {props.value && (
            <Button variant="subtle" color="red" onClick={() => props.onChange(null)}>
              {t('issuedCertificates.template.logo.remove')}
            </Button>
          )}
        </Group>
      )}
      <UploadStatus state={upload} label={label} />
      {error && (
        <Text id={ERROR_ID} size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
