import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { questionBanksApi } from '../api/question-banks.api';
import { questionBankKeys, type QuestionListParams } from '../api/question-banks.keys';

export function useQuestionBanksQuery(courseId: string) {
  return useQuery({
    queryKey: questionBankKeys.courseBanks(courseId),
    queryFn: ({ signal }) => questionBanksApi.banks(courseId, signal),
  });
}

/**
 * One bank, read from its course's list (there is no route for a single bank); `null` once the list
 * is loaded without it, e.g. a bank of another course or an address typed by hand.
 */
export function useQuestionBankQuery(courseId: string, bankId: string) {
  const banks = useQuestionBanksQuery(courseId);
  const bank = banks.data ? (banks.data.items.find((item) => item.id === bankId) ?? null) : undefined;
  return { banks, bank };
}

export function useQuestionsQuery(bankId: string, query: QuestionListParams) {
  return useQuery({
    queryKey: questionBankKeys.questions(bankId, query),
    queryFn: ({ signal }) => questionBanksApi.questions(bankId, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useQuestionQuery(questionId: string | undefined) {
  return useQuery({
    queryKey: questionBankKeys.question(questionId ?? ''),
    queryFn: ({ signal }) => questionBanksApi.question(questionId ?? '', signal),
    enabled: Boolean(questionId),
  });
}
