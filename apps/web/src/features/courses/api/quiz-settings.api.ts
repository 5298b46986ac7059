import { routes, type QuizSettingsBody, type QuizSettingsView } from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';
import { isApiRequestError } from '../../../app/api/api-request-error';

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
};
