import { useRef, useState } from 'react';
import { Button, FileInput, Progress, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { verificationApi } from '../api/verification.api';
import { outcomeOf } from '../hooks/verification-outcome';
import { VerificationResult } from './verification-result.component';

/** Whether a PDF is byte for byte a certificate as issued: any edit makes it not genuine. */
export function VerifyFileForm() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState(0);
  const abort = useRef<AbortController | null>(null);
  const check = useMutation({
    mutationFn: (chosen: File) => {
      abort.current?.abort();
      abort.current = new AbortController();
      setProgress(0);
      return verificationApi.file(chosen, setProgress, abort.current.signal);
    },
  });
  const outcome = check.isPending ? undefined : outcomeOf(check.data, check.error);

  return (
    <Stack gap="sm">
      <form
        aria-label={t('verify.file.title')}
        onSubmit={(event) => {
          event.preventDefault();
          if (file) check.mutate(file);
        }}
      >
        <Stack gap="xs">
          <FileInput
            label={t('verify.file.label')}
            description={t('verify.file.hint')}
            placeholder={t('verify.file.placeholder')}
            accept="application/pdf,.pdf"
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              check.reset();
            }}
            clearable
            size="md"
          />
          <Button type="submit" variant="light" disabled={!file} loading={check.isPending} size="md">
            {t('verify.file.submit')}
          </Button>
          {check.isPending && (
            <Progress value={progress * 100} aria-label={t('verify.file.uploading')} size="sm" animated />
          )}
        </Stack>
      </form>
      <div aria-live="polite">
        {outcome && (
          <>
            <Text size="sm" c="dimmed">
              {t('verify.file.resultFor', { name: file?.name ?? '' })}
            </Text>
            <VerificationResult outcome={outcome} source="file" onRetry={() => file && check.mutate(file)} />
          </>
        )}
      </div>
    </Stack>
  );
}
