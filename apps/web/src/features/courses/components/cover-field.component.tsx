import { AspectRatio, Button, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UploadView } from '@sen/contracts';
import { UploadButton } from './upload-button.component';

interface CoverFieldProps {
  courseId: string;
  value: UploadView | null;
  onChange: (cover: UploadView | null) => void;
  readOnly: boolean;
}

/** The course's cover picture, previewed as learners' lists show it. */
export function CoverField({ courseId, value, onChange, readOnly }: CoverFieldProps) {
  const { t } = useTranslation();
  const preview = value?.variants[0]?.url ?? value?.url;
  return (
    <Stack gap="xs" role="group" aria-labelledby="course-cover-label">
      <Text id="course-cover-label" size="sm" fw={500}>
        {t('courses.cover.label')}
      </Text>
      <Paper withBorder radius="md" maw={360} style={{ overflow: 'hidden' }}>
        <AspectRatio ratio={16 / 9}>
          {preview ? (
            <Image src={preview} alt={t('courses.cover.alt')} fit="cover" />
          ) : (
            <Stack align="center" justify="center" bg="var(--mantine-color-gray-1)">
              <Text size="sm" c="dimmed">
                {t('courses.cover.none')}
              </Text>
            </Stack>
          )}
        </AspectRatio>
      </Paper>
      {!readOnly && (
        <Group align="flex-start">
          <UploadButton
            courseId={courseId}
            kind="image"
            label={value ? t('courses.cover.replace') : t('courses.cover.choose')}
            onUploaded={onChange}
          />
          {value && (
            <Button variant="subtle" color="red" onClick={() => onChange(null)}>
              {t('courses.cover.remove')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
