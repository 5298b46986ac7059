import type { RequestInput, routes } from '@sen/contracts';

export type QuestionListParams = NonNullable<RequestInput<typeof routes.listQuestions>['query']>;

/** A course's banks and each bank's questions; a question change also moves its bank's count. */
export const questionBankKeys = {
  all: ['question-banks'] as const,
  courseBanks: (courseId: string) => [...questionBankKeys.all, 'course', courseId] as const,
  bank: (bankId: string) => [...questionBankKeys.all, 'bank', bankId] as const,
  questionLists: (bankId: string) => [...questionBankKeys.bank(bankId), 'questions'] as const,
  questions: (bankId: string, query: QuestionListParams) => [...questionBankKeys.questionLists(bankId), query] as const,
  question: (questionId: string) => [...questionBankKeys.all, 'question', questionId] as const,
};
