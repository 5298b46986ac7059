import { Button, FileButton, Group, Progress, Stack, Text, type ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UploadKind, UploadView } from '@sen/contracts';
import { UPLOAD_ACCEPT } from '../api/upload-file';
import { useUpload, type UploadState } from '../hooks/use-upload.hook';

/** The progress bar (with a cancel button) and the error of an upload in flight. */
export function UploadStatus({ state, label }: { state: UploadState; label: string }) {
  const { t } = useTranslation();
  return (
    <>
      {state.progress !== null && (
        <Group gap="xs" wrap="nowrap" aria-live="polite">
          <Progress
            flex={1}
            value={Math.round(state.progress * 100)}
            animated
            aria-label={t('courses.uploads.progress', { label })}
          />
          <Text size="xs" c="dimmed" w={40} ta="right">
            {Math.round(state.progress * 100)}%
          </Text>
          <Button size="compact-xs" variant="subtle" color="gray" onClick={state.cancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      )}
      {state.error && (
        <Text size="sm" c="red" role="alert">
          {state.error}
        </Text>
      )}
    </>
  );
}

interface UploadButtonProps {
  courseId: string;
  kind: UploadKind;
  label: string;
  onUploaded: (upload: UploadView) => void;
  disabled?: boolean;
  variant?: ButtonProps['variant'];
}

/** Picks a file of one kind, checks it against the limits, uploads it with progress and hands back the stored file. */
export function UploadButton({ courseId, kind, label, onUploaded, disabled, variant = 'default' }: UploadButtonProps) {
  const state = useUpload(courseId, kind);
  return (
    <Stack gap={4}>
      <Group>
        <FileButton
          accept={UPLOAD_ACCEPT[kind]}
          onChange={(file) => {
            if (!file) return;
            void state.upload(file).then((uploaded) => {
              if (uploaded) onUploaded(uploaded);
            });
          }}
        >
          {(props) => (
            <Button {...props} variant={variant} disabled={disabled} loading={state.progress !== null}>
              {label}
            </Button>
          )}
        </FileButton>
      </Group>
      <UploadStatus state={state} label={label} />
    </Stack>
  );
}
