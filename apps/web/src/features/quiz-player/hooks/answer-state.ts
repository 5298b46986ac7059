import type { AttemptQuestionView, QuestionAnswer } from '@sen/contracts';

export type AnswerMap = Record<string, QuestionAnswer>;

/** Her answers to one attempt and the revision they have reached; every change raises the revision by one. */
export interface AnswerState {
  answers: AnswerMap;
  revision: number;
}

export type AnswerAction =
  /** She answered (or, with null, cleared) a question. */
  | { type: 'answer'; questionId: string; answer: QuestionAnswer | null }
  /** The server holds a newer revision than the one sent: go above it, so the answers on screen win. */
  | { type: 'rebase'; above: number };

/** The server refuses revisions above this (SaveAnswersBody). */
const MAX_REVISION = 1_000_000_000;

/** An answer that says nothing (no text, no box ticked) counts as unanswered and is left out of the map. */
export function isEmptyAnswer(answer: QuestionAnswer): boolean {
  switch (answer.type) {
    case 'short_text':
      return answer.text.trim() === '';
    case 'multiple_choice':
      return answer.optionIds.length === 0;
    case 'ordering':
      return answer.itemIds.length === 0;
    case 'single_choice':
    case 'true_false':
      return false;
  }
}

function sameAnswer(a: QuestionAnswer | undefined, b: QuestionAnswer | null): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b);
}

export function answerReducer(state: AnswerState, action: AnswerAction): AnswerState {
  switch (action.type) {
    case 'answer': {
      const next = action.answer && !isEmptyAnswer(action.answer) ? action.answer : null;
      if (sameAnswer(state.answers[action.questionId], next)) return state;
      const answers = { ...state.answers };
      if (next) answers[action.questionId] = next;
      else delete answers[action.questionId];
      return { answers, revision: Math.min(MAX_REVISION, state.revision + 1) };
    }
    case 'rebase':
      return state.revision > action.above ? state : { ...state, revision: Math.min(MAX_REVISION, action.above + 1) };
  }
}

/** A multiple-choice answer of the ticked options, in the order the options are shown (not the order ticked). */
export function choiceAnswer(picked: readonly string[], optionOrder: readonly string[]): QuestionAnswer {
  return { type: 'multiple_choice', optionIds: optionOrder.filter((id) => picked.includes(id)) };
}

/** Moves the item at `index` one place up (−1) or down (+1); outside the list nothing moves. */
export function moveItem(itemIds: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  const moved = [...itemIds];
  if (index < 0 || index >= moved.length || target < 0 || target >= moved.length) return moved;
  [moved[index], moved[target]] = [moved[target], moved[index]];
  return moved;
}

/** The order an ordering question shows: her answer's, or the order the server dealt the items in. */
export function shownOrder(question: AttemptQuestionView['question'], answer: QuestionAnswer | undefined): string[] {
  const dealt = (question.options ?? []).map((o) => o.id);
  if (answer?.type !== 'ordering') return dealt;
  const known = answer.itemIds.filter((id) => dealt.includes(id));
  return [...known, ...dealt.filter((id) => !known.includes(id))];
}

/** The positions (1-based, as shown) of the questions she has not answered yet. */
export function unansweredNumbers(
  questions: readonly Pick<AttemptQuestionView, 'question'>[],
  answers: AnswerMap,
): number[] {
  return questions.flatMap((q, index) => (answers[q.question.id] ? [] : [index + 1]));
}
