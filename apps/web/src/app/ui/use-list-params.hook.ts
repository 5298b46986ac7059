import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * List filters live in the URL, so the back button, reloads and shared links keep them.
 * Changing a filter returns to the first page.
 */
export function useListParams<K extends string>(keys: readonly K[]) {
  const [searchParams, setSearchParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(searchParams.get('page') ?? '1', 10) || 1);
  const values = Object.fromEntries(keys.map((key) => [key, searchParams.get(key) ?? ''])) as Record<K, string>;

  const setFilter = useCallback(
    (key: K, value: string) => {
      setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value) next.set(key, value);
          else next.delete(key);
          next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  const setPage = useCallback(
    (nextPage: number) => {
      setSearchParams((previous) => {
        const next = new URLSearchParams(previous);
        if (nextPage > 1) next.set('page', String(nextPage));
        else next.delete('page');
        return next;
      });
    },
    [setSearchParams],
  );

  return { page, values, setFilter, setPage };
}

/** `undefined` for an empty filter, so the query omits it. */
export function orUndefined(value: string): string | undefined {
  return value === '' ? undefined : value;
}
