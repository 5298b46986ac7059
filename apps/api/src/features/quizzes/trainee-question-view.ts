import type { QuestionContent, TraineeQuestionView } from '@sen/contracts';

/** The stored question fields a trainee's view may be built from. */
export interface ViewableQuestion {
  id: string;
  stem: string;
  points: number;
  content: QuestionContent;
}

/**
 * A question as a trainee sees it before submitting. Built field by field from an allowlist (never by
 * copying the stored question and deleting the key), so a field added to questions later stays hidden
 * until someone decides to show it. Ordering items are stored in their correct order, so they are
 * listed by id instead (random UUIDs, unrelated to the answer); attempts will shuffle them per trainee.
 */
export function traineeQuestionView(question: ViewableQuestion): TraineeQuestionView {
  const base = { id: question.id, type: question.content.type, stem: question.stem, points: question.points };
  const content = question.content;
  switch (content.type) {
    case 'single_choice':
    case 'multiple_choice':
      return { ...base, options: content.options.map(({ id, text }) => ({ id, text })) };
    case 'ordering':
      return {
        ...base,
        options: content.items.map(({ id, text }) => ({ id, text })).sort((a, b) => a.id.localeCompare(b.id)),
      };
    case 'true_false':
    case 'short_text':
      return base;
  }
}
