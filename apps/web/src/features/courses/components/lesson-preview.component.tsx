import { Alert, Anchor, Paper, Stack, Text, Title, Typography } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LessonView } from '@sen/contracts';

/** The saved lesson at phone width, the way a trainee reads it. */
export function LessonPreview({ lesson, unsaved }: { lesson: LessonView; unsaved: boolean }) {
  const { t } = useTranslation();
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
            {lesson.title}
          </Title>
          {lesson.videoUrl && (
            <Anchor href={lesson.videoUrl} target="_blank" rel="noopener noreferrer">
              {t('courses.lesson.preview.watchVideo')}
            </Anchor>
          )}
          {lesson.html.trim() === '' ? (
            <Text size="sm" c="dimmed">
              {t('courses.lesson.preview.empty')}
            </Text>
          ) : (
            <Typography style={{ overflowWrap: 'anywhere' }}>
              {/* Safe to inject: the API stores lesson HTML only after sanitising it against a strict allowlist
                  (apps/api lesson-html.sanitizer), and this shows the stored copy, never unsaved editor input. */}
              <div dangerouslySetInnerHTML={{ __html: lesson.html }} />
            </Typography>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
