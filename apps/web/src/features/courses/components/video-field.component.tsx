import { Button, Group, Paper, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { UploadView } from '@sen/contracts';
import { formatBytes } from './attachments-field.component';
import { UploadButton } from './upload-button.component';

export type VideoSource = 'link' | 'upload';

interface VideoFieldProps {
  courseId: string;
  source: VideoSource;
  onSourceChange: (source: VideoSource) => void;
  urlProps: GetInputPropsReturnType;
  upload: UploadView | null;
  onUploadChange: (upload: UploadView | null) => void;
  readOnly: boolean;
  error?: string | undefined;
}

/** A lesson's one video: a YouTube/Vimeo link or an uploaded MP4. */
export function VideoField(props: VideoFieldProps) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="xs" role="group" aria-labelledby="lesson-video-label">
      <Text id="lesson-video-label" size="sm" fw={500}>
        {t('courses.lesson.video.label')}
      </Text>
      <SegmentedControl
        aria-label={t('courses.lesson.video.source')}
        value={props.source}
        readOnly={props.readOnly}
        onChange={(value) => props.onSourceChange(value === 'upload' ? 'upload' : 'link')}
        data={[
          { value: 'link', label: t('courses.lesson.video.link') },
          { value: 'upload', label: t('courses.lesson.video.upload') },
        ]}
        w="fit-content"
      />
      {props.source === 'link' ? (
        <TextInput
          aria-label={t('courses.lesson.fields.videoUrl')}
          description={t('courses.lesson.fields.videoUrlHint')}
          type="url"
          inputMode="url"
          autoComplete="off"
          placeholder="https://www.youtube.com/watch?v=…"
          readOnly={props.readOnly}
          {...props.urlProps}
        />
      ) : (
        <Stack gap="xs">
          {props.upload ? (
            <Paper withBorder p="xs" radius="sm">
              <Group justify="space-between" wrap="nowrap">
                <Stack gap={0} miw={0}>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {props.upload.fileName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatBytes(props.upload.sizeBytes, i18n.language)}
                  </Text>
                </Stack>
                {!props.readOnly && (
                  <Button size="compact-sm" variant="subtle" color="red" onClick={() => props.onUploadChange(null)}>
                    {t('courses.lesson.video.remove')}
                  </Button>
                )}
              </Group>
            </Paper>
          ) : (
            <Text size="sm" c="dimmed">
              {t('courses.lesson.video.none')}
            </Text>
          )}
          {!props.readOnly && (
            <UploadButton
              courseId={props.courseId}
              kind="video"
              label={props.upload ? t('courses.lesson.video.replace') : t('courses.lesson.video.choose')}
              onUploaded={props.onUploadChange}
            />
          )}
        </Stack>
      )}
      {props.error && (
        <Text size="sm" c="red">
          {props.error}
        </Text>
      )}
    </Stack>
  );
}
