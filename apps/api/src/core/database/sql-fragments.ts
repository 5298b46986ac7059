import { foldForSearch } from '@sen/contracts';

/** Escapes LIKE wildcards so user text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * `AND (...)` matching a person by name without diacritics, or by part of an e-mail or phone in the
 * given table alias; appends its parameters to `params`. Empty when there is no search.
 */
export function personSearchFilter(params: unknown[], search: string | undefined, contactAlias: string): string {
  if (search === undefined) return '';
  params.push(`%${escapeLike(foldForSearch(search))}%`, `%${escapeLike(search.trim().toLowerCase())}%`);
  const name = `$${params.length - 1}`;
  const contact = `$${params.length}`;
  return `AND (p.name_search LIKE ${name} OR ${contactAlias}.email LIKE ${contact} OR ${contactAlias}.phone LIKE ${contact})`;
}

/** `LIMIT … OFFSET …` for a 1-based page; appends its parameters to `params`. */
export function pageClause(params: unknown[], page: number, pageSize: number): string {
  params.push(pageSize, (page - 1) * pageSize);
  return `LIMIT $${params.length - 1} OFFSET $${params.length}`;
}
