import { foldForSearch, type QuestionBody, type QuestionContent } from '@sen/contracts';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/http/app-error';
import { sanitizeLessonHtml } from '../courses/lesson-html.sanitizer';
import type { QuestionFields } from './quizzes.repository';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The words of sanitised HTML, for search. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sanitises every piece of a question's rich text and remembers whether any of it changed. */
class RichText {
  changed = false;

  /** Rich text that must keep some content after sanitising (an image alone is content). */
  required(html: string, field: string): string {
    const clean = this.clean(html);
    if (clean === '') throw AppError.field('VALIDATION_FAILED', field, 'Nothing is left after removing unsafe markup');
    return clean;
  }

  optional(html: string | null | undefined): string | null {
    return html ? this.clean(html) || null : null;
  }

  private clean(html: string): string {
    const clean = sanitizeLessonHtml(html);
    if (clean !== html) this.changed = true;
    return clean;
  }
}

/**
 * Turns an author's question into what is stored: every piece of rich text sanitised with the lesson
 * allowlist, new options given random ids (an id must never hint at the key or the order), accepted
 * answers kept in NFC, tags de-duplicated, and the category checked against the bank's list.
 */
export function prepareQuestion(
  body: QuestionBody,
  categories: string[],
): { fields: QuestionFields; sanitised: boolean } {
  const category = body.category ?? null;
  if (category !== null && !categories.includes(category)) {
    throw AppError.field('VALIDATION_FAILED', 'body.category', 'Not a category of this question bank');
  }
  const rich = new RichText();
  const stemHtml = rich.required(body.stem, 'body.stem');
  const fields: QuestionFields = {
    stemHtml,
    stemSearch: foldForSearch(plainText(stemHtml)),
    points: body.points,
    feedbackHtml: rich.optional(body.feedback),
    category,
    tags: [...new Set(body.tags)],
    content: prepareContent(body, rich),
  };
  return { fields, sanitised: rich.changed };
}

function prepareContent(body: QuestionBody, rich: RichText): QuestionContent {
  switch (body.type) {
    case 'single_choice':
    case 'multiple_choice': {
      const options = body.options.map((o, index) => ({
        id: o.id ?? randomUUID(),
        text: rich.required(o.text, `body.options.${index}.text`),
        correct: o.correct,
        feedback: rich.optional(o.feedback),
      }));
      return body.type === 'single_choice'
        ? { type: 'single_choice', options }
        : { type: 'multiple_choice', options, partialCredit: body.partialCredit };
    }
    case 'true_false':
      return {
        type: 'true_false',
        answer: body.answer,
        trueFeedback: rich.optional(body.trueFeedback),
        falseFeedback: rich.optional(body.falseFeedback),
      };
    case 'short_text':
      return {
        type: 'short_text',
        acceptedAnswers: body.acceptedAnswers.map((a) => a.normalize('NFC')),
        diacriticsInsensitive: body.diacriticsInsensitive,
      };
    case 'ordering':
      return {
        type: 'ordering',
        items: body.items.map((item, index) => ({
          id: item.id ?? randomUUID(),
          text: rich.required(item.text, `body.items.${index}.text`),
        })),
      };
  }
}
