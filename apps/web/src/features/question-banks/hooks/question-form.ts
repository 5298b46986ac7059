import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import { QuestionBody, type QuestionType, type QuestionView } from '@sen/contracts';
import { issuesToFormErrors } from '../../../app/forms/contract-validator';
import type { QuestionBodyInput } from '../api/question-banks.api';

/** A choice as the form edits it; `key` names the row for React and for reordering, `id` is the server's. */
export interface OptionValues {
  key: string;
  id?: string;
  text: string;
  correct: boolean;
  feedback: string;
}

export interface ItemValues {
  key: string;
  id?: string;
  text: string;
}

/**
 * Every type's part is kept side by side, so switching the type back and forth while writing loses
 * nothing; only the chosen type's part is sent.
 */
export interface QuestionValues {
  type: QuestionType;
  stem: string;
  /** A number, or '' while the input is empty. */
  points: number | string;
  feedback: string;
  /** One of the bank's categories, or null for none. */
  category: string | null;
  tags: string[];
  /** Single and multiple choice share their options. */
  options: OptionValues[];
  partialCredit: boolean;
  answer: boolean;
  trueFeedback: string;
  falseFeedback: string;
  acceptedAnswers: string[];
  diacriticsInsensitive: boolean;
  /** In the correct order. */
  items: ItemValues[];
}

let nextKey = 0;
/** Keys for rows the server has not seen yet; unique within the page, never sent. */
export function newRowKey(): string {
  nextKey += 1;
  return `new-${nextKey}`;
}

export function emptyOption(): OptionValues {
  return { key: newRowKey(), text: '', correct: false, feedback: '' };
}

export function emptyItem(): ItemValues {
  return { key: newRowKey(), text: '' };
}

export function newQuestionValues(type: QuestionType = 'single_choice'): QuestionValues {
  return {
    type,
    stem: '',
    points: 1,
    feedback: '',
    category: null,
    tags: [],
    options: [emptyOption(), emptyOption()],
    partialCredit: true,
    answer: true,
    trueFeedback: '',
    falseFeedback: '',
    acceptedAnswers: [''],
    diacriticsInsensitive: false,
    items: [emptyItem(), emptyItem()],
  };
}

/** A stored question as the form edits it; the other types' parts start empty. */
export function questionValues(question: QuestionView): QuestionValues {
  const values: QuestionValues = {
    ...newQuestionValues(question.content.type),
    stem: question.stem,
    points: question.points,
    feedback: question.feedback ?? '',
    category: question.category,
    tags: question.tags,
  };
  const content = question.content;
  switch (content.type) {
    case 'single_choice':
    case 'multiple_choice':
      values.options = content.options.map((option) => ({
        key: option.id,
        id: option.id,
        text: option.text,
        correct: option.correct,
        feedback: option.feedback ?? '',
      }));
      if (content.type === 'multiple_choice') values.partialCredit = content.partialCredit;
      return values;
    case 'true_false':
      return {
        ...values,
        answer: content.answer,
        trueFeedback: content.trueFeedback ?? '',
        falseFeedback: content.falseFeedback ?? '',
      };
    case 'short_text':
      return {
        ...values,
        acceptedAnswers: content.acceptedAnswers,
        diacriticsInsensitive: content.diacriticsInsensitive,
      };
    case 'ordering':
      values.items = content.items.map((item) => ({ key: item.id, id: item.id, text: item.text }));
      return values;
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The words of a piece of rich text, for lists and labels (the server's HTML is already sanitised). */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The editor leaves `<p></p>` behind when emptied: no words and no picture is no content. */
export function isBlankHtml(html: string): boolean {
  return plainText(html) === '' && !/<img\b/i.test(html);
}

function richText(html: string): string {
  return isBlankHtml(html) ? '' : html;
}

function optionalRichText(html: string): string | null {
  return isBlankHtml(html) ? null : html;
}

/** The request body for the chosen type; blanks stay blank, for the contract to name. */
export function questionBody(values: QuestionValues): QuestionBodyInput {
  const common = {
    stem: richText(values.stem),
    points: typeof values.points === 'number' ? values.points : undefined,
    feedback: optionalRichText(values.feedback),
    category: values.category,
    tags: values.tags,
  };
  switch (values.type) {
    case 'single_choice':
    case 'multiple_choice': {
      const options = values.options.map((option) => ({
        ...(option.id ? { id: option.id } : {}),
        text: richText(option.text),
        correct: option.correct,
        feedback: optionalRichText(option.feedback),
      }));
      return values.type === 'single_choice'
        ? { type: 'single_choice', ...common, options }
        : { type: 'multiple_choice', ...common, options, partialCredit: values.partialCredit };
    }
    case 'true_false':
      return {
        type: 'true_false',
        ...common,
        answer: values.answer,
        trueFeedback: optionalRichText(values.trueFeedback),
        falseFeedback: optionalRichText(values.falseFeedback),
      };
    case 'short_text':
      return {
        type: 'short_text',
        ...common,
        acceptedAnswers: values.acceptedAnswers,
        diacriticsInsensitive: values.diacriticsInsensitive,
      };
    case 'ordering':
      return {
        type: 'ordering',
        ...common,
        items: values.items.map((item) => ({ ...(item.id ? { id: item.id } : {}), text: richText(item.text) })),
      };
  }
}

/** Single choice: marking one option correct unmarks the others. Multiple choice: a toggle. */
export function markCorrect(
  options: readonly OptionValues[],
  index: number,
  type: QuestionType,
  correct: boolean,
): OptionValues[] {
  return options.map((option, at) => {
    if (at === index) return { ...option, correct };
    return type === 'single_choice' && correct ? { ...option, correct: false } : option;
  });
}

/** Rows in the order of `keys` (drag and drop, move buttons); rows not named keep their place at the end. */
export function orderByKeys<T extends { key: string }>(rows: readonly T[], keys: readonly string[]): T[] {
  const rank = new Map(keys.map((key, index) => [key, index]));
  return [...rows].sort((a, b) => (rank.get(a.key) ?? keys.length) - (rank.get(b.key) ?? keys.length));
}

/**
 * The form's check: the contract's own schema on the body that would be sent, with sentences for the
 * rules that are about the question as a whole (which options are correct, repeated answers).
 */
export function validateQuestion(values: QuestionValues, t: TFunction): FormErrors {
  const body = questionBody(values);
  const result = QuestionBody.safeParse(body);
  const errors: FormErrors = result.success ? {} : issuesToFormErrors(result.error.issues, t, body);
  // An emptied points input would otherwise fall back to the schema's default of 1 without a word.
  if (values.points === '') errors['points'] = t('validation.required');
  for (const issue of result.success ? [] : result.error.issues) {
    if (issue.code !== 'custom') continue;
    const key = issue.path.map(String).join('.');
    if (key === 'options') {
      errors[key] =
        values.type === 'single_choice'
          ? t('questionBanks.editor.errors.oneCorrect')
          : t('questionBanks.editor.errors.someCorrect');
    }
    if (key === 'acceptedAnswers') errors[key] = t('questionBanks.editor.errors.repeatedAnswer');
  }
  return errors;
}
