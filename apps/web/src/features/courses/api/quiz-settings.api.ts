import { routes, type QuestionListQuery, type QuizSettingsBody, type QuizSettingsView } from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';
import { isApiRequestError } from '../../../app/api/api-request-error';

export type QuestionSearch = Partial<Pick<QuestionListQuery, 'search' | 'category' | 'pageSize'>>;

export const quizSettingsApi = {
  /** A quiz step's rules; null while they are not set (the API answers 404 until then). */
  get: async (lessonId: string, signal?: AbortSignal): Promise<QuizSettingsView | null> => {
    try {
      return await apiRequest(routes.getLessonQuiz, { params: { id: lessonId }, signal });
    } catch (error) {
      if (isApiRequestError(error) && error.status === 404 && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  },
  put: (lessonId: string, body: QuizSettingsBody) =>
    apiRequest(routes.putLessonQuiz, { params: { id: lessonId }, body }),
  banks: (courseId: string, signal?: AbortSignal) =>
    apiRequest(routes.listQuestionBanks, { params: { id: courseId }, signal }),
  questions: (bankId: string, query: QuestionSearch, signal?: AbortSignal) =>
    apiRequest(routes.listQuestions, { params: { id: bankId }, query, signal }),
  question: (questionId: string, signal?: AbortSignal) =>
    apiRequest(routes.getQuestion, { params: { id: questionId }, signal }),
};
