import { useState } from 'react';
import { useDebouncedValue } from '@mantine/hooks';

export interface RemoteSearch {
  /** What is in the select's input right now. */
  text: string;
  setText: (text: string) => void;
  /** The debounced text worth sending to the API; undefined lists without a search. */
  term: string | undefined;
}

/** The search state of a select whose options the server filters. */
export function useRemoteSearch(selectedLabel: string | undefined): RemoteSearch {
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 300);
  // Choosing an option puts its label in the input; that is not a new search.
  const term = debounced && debounced !== selectedLabel ? debounced : undefined;
  return { text, setText, term };
}
