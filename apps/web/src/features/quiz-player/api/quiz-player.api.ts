import { routeTable, type SaveAnswersBody, type SubmitAttemptBody } from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';

export const quizPlayerApi = {
  quiz: (id: string, signal?: AbortSignal) => apiRequest(routeTable.myQuiz, { params: { id }, signal }),
  start: (quizId: string) => apiRequest(routeTable.startAttempt, { params: { id: quizId } }),
  attempt: (id: string, signal?: AbortSignal) => apiRequest(routeTable.myAttempt, { params: { id }, signal }),
  save: (id: string, body: SaveAnswersBody) => apiRequest(routeTable.saveAttemptAnswers, { params: { id }, body }),
  submit: (id: string, body: SubmitAttemptBody) => apiRequest(routeTable.submitAttempt, { params: { id }, body }),
};
