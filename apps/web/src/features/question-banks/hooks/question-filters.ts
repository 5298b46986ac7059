import { QUESTION_TYPES, type QuestionType } from '@sen/contracts';
import { orUndefined } from '../../../app/ui/use-list-params.hook';
import type { QuestionListParams } from '../api/question-banks.keys';

export const QUESTION_FILTERS = ['search', 'type', 'category', 'tag'] as const;
export type QuestionFilter = (typeof QUESTION_FILTERS)[number];

export function questionTypeOf(value: string): QuestionType | undefined {
  return QUESTION_TYPES.find((type) => type === value);
}

/** The list query the address asks for; an unknown type in a hand-typed address means any type. */
export function questionQuery(
  values: Record<QuestionFilter, string>,
  page: number,
  pageSize: number,
): QuestionListParams {
  return {
    search: orUndefined(values.search),
    type: questionTypeOf(values.type),
    category: orUndefined(values.category),
    tag: orUndefined(values.tag),
    page,
    pageSize,
  };
}

export function isFiltered(query: QuestionListParams): boolean {
  return Boolean(query.search || query.type || query.category || query.tag);
}

/** The address of the bank's list with its filters, kept while an author edits one of its questions. */
export function bankPath(courseId: string, bankId: string, listSearch = ''): string {
  return `/courses/${courseId}/banks/${bankId}${listSearch}`;
}

/** The list's filters, handed to the editor in the navigation state so that it can return to them. */
export function listSearchOf(state: unknown): string {
  if (state === null || typeof state !== 'object' || !('listSearch' in state)) return '';
  const { listSearch } = state;
  return typeof listSearch === 'string' && listSearch.startsWith('?') ? listSearch : '';
}

/**
 * Select values for categories: prefixed, so that a category may be called anything (even "any")
 * without clashing with the entry for all or none.
 */
const CATEGORY_PREFIX = 'category:';

export function categoryOptionValue(name: string): string {
  return CATEGORY_PREFIX + name;
}

/** The category a select value names, or null for the entry that names none. */
export function categoryOfOptionValue(value: string | null): string | null {
  return value?.startsWith(CATEGORY_PREFIX) ? value.slice(CATEGORY_PREFIX.length) : null;
}
