import { Alert, Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LessonView } from '@sen/contracts';
import { LessonHtml } from '../../../app/ui/lesson-html.component';
import { localTitle } from '../../../i18n/local-title';
import { useLocale } from '../../../i18n/use-locale.hook';

/** The saved lesson at phone width, the way a trainee reads it. */
export function LessonPreview({ lesson, unsaved }: { lesson: LessonView; unsaved: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('courses.lesson.preview.note')}
      </Text>
      {unsaved && (
        <Alert color="yellow" variant="light">
          {t('courses.lesson.preview.unsaved')}
        </Alert>
      )}
      <Paper
        withBorder
        shadow="sm"
        radius="lg"
        p="md"
        w="100%"
        maw={360}
        mx="auto"
        component="section"
        aria-label={t('courses.lesson.preview.frame')}
      >
        <Stack gap="sm">
          <Title order={2} size="h3">
            {localTitle(lesson, locale)}
          </Title>
          {lesson.videoUrl && (
            <Anchor href={lesson.videoUrl} target="_blank" rel="noopener noreferrer">
              {t('courses.lesson.preview.watchVideo')}
            </Anchor>
          )}
          {lesson.videoUpload && (
            <video
              controls
              preload="metadata"
              src={lesson.videoUpload.url}
              style={{ width: '100%', borderRadius: 8 }}
              aria-label={lesson.videoUpload.fileName}
            />
          )}
          {lesson.html.trim() === '' ? (
            <Text size="sm" c="dimmed">
              {t('courses.lesson.preview.empty')}
            </Text>
          ) : (
            // The stored, sanitised copy, never unsaved editor input.
            <LessonHtml html={lesson.html} />
          )}
          {lesson.attachments.length > 0 && (
            <Stack gap={4} component="section" aria-label={t('courses.lesson.attachments.label')}>
              <Text size="sm" fw={500}>
                {t('courses.lesson.attachments.label')}
              </Text>
              {lesson.attachments.map((file) => (
                <Anchor key={file.id} href={file.url} download={file.fileName} size="sm">
                  {file.fileName}
                </Anchor>
              ))}
            </Stack>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
