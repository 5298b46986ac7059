import {
  buildPath,
  routes,
  UPLOAD_FIELD,
  type CreateQuestionBankBody,
  type QuestionImportQuery,
  type QuestionImportReport,
  type RequestInput,
  type UpdateQuestionBankBody,
} from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';
import { sendFile } from '../../../app/api/send-file';
import type { QuestionListParams } from './question-banks.keys';

/** What an author sends for a question: the contract's input, before its defaults apply. */
export type QuestionBodyInput = RequestInput<typeof routes.createQuestion>['body'];

export const questionBanksApi = {
  banks: (courseId: string, signal?: AbortSignal) =>
    apiRequest(routes.listQuestionBanks, { params: { id: courseId }, signal }),
  createBank: (courseId: string, body: CreateQuestionBankBody) =>
    apiRequest(routes.createQuestionBank, { params: { id: courseId }, body }),
  updateBank: (bankId: string, body: UpdateQuestionBankBody) =>
    apiRequest(routes.updateQuestionBank, { params: { id: bankId }, body }),
  questions: (bankId: string, query: QuestionListParams, signal?: AbortSignal) =>
    apiRequest(routes.listQuestions, { params: { id: bankId }, query, signal }),
  question: (questionId: string, signal?: AbortSignal) =>
    apiRequest(routes.getQuestion, { params: { id: questionId }, signal }),
  createQuestion: (bankId: string, body: QuestionBodyInput) =>
    apiRequest(routes.createQuestion, { params: { id: bankId }, body }),
  updateQuestion: (questionId: string, body: QuestionBodyInput) =>
    apiRequest(routes.updateQuestion, { params: { id: questionId }, body }),
  deleteQuestion: (questionId: string) => apiRequest(routes.deleteQuestion, { params: { id: questionId } }),
};

/** The exports are file downloads: plain links, which carry the session cookie like any GET. */
export function questionBankCsvUrl(bankId: string): string {
  return `/api${buildPath(routes.exportQuestionBank.path, { id: bankId })}`;
}

export function questionBankXlsxUrl(bankId: string): string {
  return `/api${buildPath(routes.exportQuestionBankXlsx.path, { id: bankId })}`;
}

/** Sends a CSV or XLSX file of questions to check (`dry_run`) or import (`apply`), reporting upload progress. */
export function importQuestionBankFile(
  bankId: string,
  file: File,
  query: QuestionImportQuery,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<QuestionImportReport> {
  const search = new URLSearchParams(query).toString();
  return sendFile<QuestionImportReport>({
    method: routes.importQuestionBank.method,
    url: `/api${buildPath(routes.importQuestionBank.path, { id: bankId })}?${search}`,
    field: UPLOAD_FIELD,
    file,
    onProgress,
    signal,
    tooLargeCode: 'QUESTION_IMPORT_TOO_LARGE',
  });
}
