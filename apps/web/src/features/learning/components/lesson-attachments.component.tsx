import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale, UploadView } from '@sen/contracts';
import { intlLocale } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';

export function formatFileSize(bytes: number, locale: Locale): string {
  const [value, unit] =
    bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : [Math.max(1, bytes / 1024), 'kilobyte'];
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

/** Forms to download, with their size so she can judge the cost on mobile data. */
export function LessonAttachments({ attachments }: { attachments: UploadView[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (attachments.length === 0) return null;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="lesson-attachments">
      <Title order={2} size="h5" id="lesson-attachments" mb="xs">
        {t('learning.lesson.attachments')}
      </Title>
      <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
        {attachments.map((file) => (
          <Group component="li" key={file.id} gap="xs" wrap="nowrap" justify="space-between">
            <Anchor href={file.url} download={file.fileName} style={{ overflowWrap: 'anywhere' }}>
              {file.fileName}
            </Anchor>
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {formatFileSize(file.sizeBytes, locale)}
            </Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
