import { routes, type RegradeBody } from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';
import type { QuizAttemptListParams } from './quiz-results.keys';

export const quizResultsApi = {
  statistics: (quizId: string, signal?: AbortSignal) =>
    apiRequest(routes.quizStatistics, { params: { id: quizId }, signal }),
  attempts: (quizId: string, query: QuizAttemptListParams, signal?: AbortSignal) =>
    apiRequest(routes.listQuizAttempts, { params: { id: quizId }, query, signal }),
  regrade: (quizId: string, body: RegradeBody) => apiRequest(routes.regradeQuiz, { params: { id: quizId }, body }),
  lessonQuiz: (lessonId: string, signal?: AbortSignal) =>
    apiRequest(routes.getLessonQuiz, { params: { id: lessonId }, signal }),
};
