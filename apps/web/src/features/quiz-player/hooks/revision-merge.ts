import type { AttemptQuestionView, QuestionAnswer } from '@sen/contracts';
import type { AnswerMap, AnswerState } from './answer-state';

type Question = AttemptQuestionView['question'];

/**
 * Whether a stored answer still fits this question: its type, and only ids the question offers. What
 * the phone kept is read back from storage, so it is checked rather than trusted.
 */
export function fitsQuestion(question: Question, answer: unknown): answer is QuestionAnswer {
  if (typeof answer !== 'object' || answer === null) return false;
  const a = answer as Record<string, unknown>;
  if (a.type !== question.type) return false;
  const ids = new Set((question.options ?? []).map((o) => o.id));
  const allKnown = (value: unknown) =>
    Array.isArray(value) &&
    value.every((id) => typeof id === 'string' && ids.has(id)) &&
    new Set(value).size === value.length;
  switch (question.type) {
    case 'single_choice':
      return typeof a.optionId === 'string' && ids.has(a.optionId);
    case 'multiple_choice':
      return allKnown(a.optionIds);
    case 'true_false':
      return typeof a.answer === 'boolean';
    case 'short_text':
      return typeof a.text === 'string' && a.text.length <= 500;
    case 'ordering':
      return allKnown(a.itemIds);
  }
}

/** The answers the server holds for an attempt in progress, as a map by question id. */
export function serverAnswers(questions: readonly AttemptQuestionView[]): AnswerMap {
  return Object.fromEntries(questions.flatMap((q) => (q.answer ? [[q.question.id, q.answer] as const] : [])));
}

export interface MergedAnswers {
  state: AnswerState;
  /** The phone held answers the server has not got: send them again. */
  resend: boolean;
}

/**
 * On opening an attempt: the copy with the higher revision wins. The phone's copy is ahead when saves
 * were lost (offline, a reload before the debounce fired); it is then sent again. Answers that no
 * longer fit a question of this attempt are dropped.
 */
export function mergeAnswers(
  server: AnswerState,
  local: { revision: number; answers: Record<string, unknown> } | null,
  questions: readonly Question[],
): MergedAnswers {
  if (!local || local.revision <= server.revision) return { state: server, resend: false };
  const byId = new Map(questions.map((q) => [q.id, q]));
  const answers: AnswerMap = {};
  for (const [id, answer] of Object.entries(local.answers)) {
    const question = byId.get(id);
    if (question && fitsQuestion(question, answer)) answers[id] = answer;
  }
  return { state: { answers, revision: local.revision }, resend: true };
}
