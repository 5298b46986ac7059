import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UploadKind, UploadView } from '@sen/contracts';
import { useErrorMessage } from '../../../app/ui/use-error-message.hook';
import { checkUpload, uploadFile } from '../api/upload-file';

export interface UploadState {
  /** 0–1 while sending, null when idle. */
  progress: number | null;
  error: string | null;
  /** Checks the file, sends it and resolves with the stored upload, or null when refused or failed. */
  upload: (file: File) => Promise<UploadView | null>;
  cancel: () => void;
}

/** One upload at a time for a course, with progress and a translated error; leaving the screen cancels it. */
export function useUpload(courseId: string, kind: UploadKind): UploadState {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const upload = useCallback(
    async (file: File): Promise<UploadView | null> => {
      const problem = checkUpload(file, kind);
      if (problem) {
        setError(
          problem.reason === 'size'
            ? t('courses.uploads.tooLarge', { name: file.name, limit: problem.limitMb })
            : t(`courses.uploads.wrongType.${kind}`, { name: file.name }),
        );
        return null;
      }
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setError(null);
      setProgress(0);
      try {
        return await uploadFile(courseId, file, setProgress, current.signal);
      } catch (failure) {
        if (!(failure instanceof DOMException && failure.name === 'AbortError')) setError(message(failure));
        return null;
      } finally {
        if (controller.current === current) {
          controller.current = null;
          setProgress(null);
        }
      }
    },
    [courseId, kind, message, t],
  );

  return { progress, error, upload, cancel: () => controller.current?.abort() };
}
