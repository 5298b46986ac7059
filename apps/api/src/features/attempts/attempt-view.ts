import type { AnswerKeyView, AttemptQuestionView, QuestionAnswer, QuestionContent, ReviewPolicy } from '@sen/contracts';
import { traineeQuestionView } from '../quizzes/trainee-question-view';

/** A question as an attempt drew it (the snapshot), with her answer and its grade once submitted. */
export interface AttemptQuestion {
  position: number;
  questionId: string;
  stem: string;
  feedback: string | null;
  points: number;
  content: QuestionContent;
  optionOrder: string[];
  score: number | null;
  outcome: 'correct' | 'partial' | 'incorrect' | null;
}

/**
 * What the trainee sees of one question. While the attempt is in progress: the allowlisted view and her
 * saved answer. After it, by review level: `answers` adds her answer and its grade, `correct_answers`
 * adds the key and the feedback. The level is decided by the caller (see `reviewLevel`).
 */
export function attemptQuestionView(
  question: AttemptQuestion,
  answer: QuestionAnswer | null,
  level: 'in_progress' | ReviewPolicy,
): AttemptQuestionView {
  const view = traineeQuestionView({
    id: question.questionId,
    stem: question.stem,
    points: question.points,
    content: question.content,
  });
  if (view.options) {
    const rank = new Map(question.optionOrder.map((id, index) => [id, index]));
    view.options = [...view.options].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  }
  const showAnswer = level === 'in_progress' || level === 'answers' || level === 'correct_answers';
  const showGrade = level === 'answers' || level === 'correct_answers';
  const showKey = level === 'correct_answers';
  return {
    position: question.position,
    question: view,
    answer: showAnswer ? answer : null,
    grade:
      showGrade && question.score !== null && question.outcome !== null
        ? { score: question.score, maxScore: question.points, outcome: question.outcome }
        : null,
    key: showKey ? answerKey(question.content) : null,
    feedback: showKey ? feedbackFor(question, answer) : [],
  };
}

/**
 * The review level a trainee gets now. The key (`correct_answers`) is shown only when she can make no
 * more attempts — otherwise the first attempt would hand her the answers for the second — and until
 * then she gets `answers`.
 */
export function reviewLevel(policy: ReviewPolicy, attemptsOver: boolean): ReviewPolicy {
  if (policy === 'correct_answers' && !attemptsOver) return 'answers';
  return policy;
}

export function answerKey(content: QuestionContent): AnswerKeyView {
  switch (content.type) {
    case 'single_choice':
    case 'multiple_choice':
      return { type: content.type, optionIds: content.options.filter((o) => o.correct).map((o) => o.id) };
    case 'true_false':
      return { type: 'true_false', answer: content.answer };
    case 'short_text':
      return { type: 'short_text', acceptedAnswers: content.acceptedAnswers };
    case 'ordering':
      return { type: 'ordering', itemIds: content.items.map((item) => item.id) };
  }
}

/** The question's feedback, then the feedback of what she chose. */
function feedbackFor(question: AttemptQuestion, answer: QuestionAnswer | null): string[] {
  const texts: (string | null)[] = [question.feedback];
  const content = question.content;
  if ((content.type === 'single_choice' || content.type === 'multiple_choice') && answer) {
    const picked = new Set(
      answer.type === 'single_choice' ? [answer.optionId] : answer.type === 'multiple_choice' ? answer.optionIds : [],
    );
    texts.push(...content.options.filter((o) => picked.has(o.id)).map((o) => o.feedback));
  }
  if (content.type === 'true_false' && answer?.type === 'true_false') {
    texts.push(answer.answer ? content.trueFeedback : content.falseFeedback);
  }
  return texts.filter((t): t is string => t !== null && t !== '');
}
