import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateQuestionBankBody, QuestionView, UpdateQuestionBankBody } from '@sen/contracts';
import { questionBanksApi, type QuestionBodyInput } from '../api/question-banks.api';
import { questionBankKeys } from '../api/question-banks.keys';

export function useCreateQuestionBankMutation(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateQuestionBankBody) => questionBanksApi.createBank(courseId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: questionBankKeys.courseBanks(courseId) }),
  });
}

export function useUpdateQuestionBankMutation(courseId: string, bankId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateQuestionBankBody) => questionBanksApi.updateBank(bankId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: questionBankKeys.courseBanks(courseId) }),
  });
}

/** A question change alters its bank's list and its count in the course's list of banks. */
function useAfterQuestionChange(courseId: string, bankId: string) {
  const queryClient = useQueryClient();
  return async (saved?: QuestionView) => {
    if (saved) queryClient.setQueryData(questionBankKeys.question(saved.id), saved);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: questionBankKeys.questionLists(bankId) }),
      queryClient.invalidateQueries({ queryKey: questionBankKeys.courseBanks(courseId) }),
    ]);
  };
}

export function useCreateQuestionMutation(courseId: string, bankId: string) {
  const afterChange = useAfterQuestionChange(courseId, bankId);
  return useMutation({
    mutationFn: (body: QuestionBodyInput) => questionBanksApi.createQuestion(bankId, body),
    onSuccess: afterChange,
  });
}

export function useUpdateQuestionMutation(courseId: string, bankId: string, questionId: string) {
  const afterChange = useAfterQuestionChange(courseId, bankId);
  return useMutation({
    mutationFn: (body: QuestionBodyInput) => questionBanksApi.updateQuestion(questionId, body),
    onSuccess: afterChange,
  });
}

export function useDeleteQuestionMutation(courseId: string, bankId: string) {
  const queryClient = useQueryClient();
  const afterChange = useAfterQuestionChange(courseId, bankId);
  return useMutation({
    mutationFn: (questionId: string) => questionBanksApi.deleteQuestion(questionId),
    onSuccess: async (_, questionId) => {
      queryClient.removeQueries({ queryKey: questionBankKeys.question(questionId) });
      await afterChange();
    },
  });
}
