import { ActionIcon, Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UploadView } from '@sen/contracts';
import { UploadButton } from './upload-button.component';

const MAX_ATTACHMENTS = 20;

export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

interface AttachmentsFieldProps {
  courseId: string;
  value: UploadView[];
  onChange: (value: UploadView[]) => void;
  readOnly: boolean;
  error?: string | undefined;
}

/** Forms to download with the lesson: upload, put in order (buttons work from the keyboard) and remove. */
export function AttachmentsField({ courseId, value, onChange, readOnly, error }: AttachmentsFieldProps) {
  const { t, i18n } = useTranslation();
  const move = (index: number, by: -1 | 1) => {
    const next = [...value];
    next.splice(index + by, 0, ...next.splice(index, 1));
    onChange(next);
  };

  return (
    <Stack gap="xs" role="group" aria-labelledby="lesson-attachments-label">
      <Text id="lesson-attachments-label" size="sm" fw={500}>
        {t('courses.lesson.attachments.label')}
      </Text>
      {value.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('courses.lesson.attachments.empty')}
        </Text>
      ) : (
        <Stack gap={4} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {value.map((file, index) => (
            <Paper key={file.id} component="li" withBorder p="xs" radius="sm">
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Stack gap={0} miw={0}>
                  <Anchor href={file.url} size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {file.fileName}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {formatBytes(file.sizeBytes, i18n.language)}
                  </Text>
                </Stack>
                {!readOnly && (
                  <Group gap={2} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      size="lg"
                      disabled={index === 0}
                      aria-label={t('courses.outline.moveUp', { title: file.fileName })}
                      onClick={() => move(index, -1)}
                    >
                      <span aria-hidden>↑</span>
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      size="lg"
                      disabled={index === value.length - 1}
                      aria-label={t('courses.outline.moveDown', { title: file.fileName })}
                      onClick={() => move(index, 1)}
                    >
                      <span aria-hidden>↓</span>
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      aria-label={t('courses.lesson.attachments.remove', { name: file.fileName })}
                      onClick={() => onChange(value.filter((f) => f.id !== file.id))}
                    >
                      <span aria-hidden>✕</span>
                    </ActionIcon>
                  </Group>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      {error && (
        <Text size="sm" c="red">
          {error}
        </Text>
      )}
      {!readOnly && (
        <UploadButton
          courseId={courseId}
          kind="document"
          label={t('courses.lesson.attachments.add')}
          disabled={value.length >= MAX_ATTACHMENTS}
          onUploaded={(file) => onChange([...value, file])}
        />
      )}
      {!readOnly && (
        <Text size="xs" c="dimmed">
          {t('courses.lesson.attachments.hint')}
        </Text>
      )}
    </Stack>
  );
}
