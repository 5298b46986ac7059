import { useEffect, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QuestionImportMode, QuestionImportReport } from '@sen/contracts';
import { importQuestionBankFile } from '../api/question-banks.api';
import { questionBankKeys } from '../api/question-banks.keys';

export interface QuestionImportRequest {
  file: File;
  mode: QuestionImportMode;
  createCategories: boolean;
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Sends a file of questions to check or import, with its upload progress (0–1; null when nothing is
 * being sent). Leaving the screen cancels a request in flight. An applied import changes the bank's
 * list, its question count and perhaps its categories.
 */
export function useQuestionImport(courseId: string, bankId: string) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const mutation = useMutation({
    mutationFn: async ({ file, mode, createCategories }: QuestionImportRequest): Promise<QuestionImportReport> => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setProgress(0);
      try {
        return await importQuestionBankFile(
          bankId,
          file,
          { mode, createCategories: createCategories ? 'true' : 'false' },
          setProgress,
          current.signal,
        );
      } finally {
        if (controller.current === current) {
          controller.current = null;
          setProgress(null);
        }
      }
    },
    onSuccess: async (report) => {
      if (report.mode !== 'apply') return;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: questionBankKeys.questionLists(bankId) }),
        queryClient.invalidateQueries({ queryKey: questionBankKeys.courseBanks(courseId) }),
      ]);
    },
  });

  return {
    ...mutation,
    progress,
    /** Stops sending; the mutation then fails with an AbortError, which is no error to show. */
    cancel: () => controller.current?.abort(),
  };
}
