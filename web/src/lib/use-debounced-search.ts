import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';

/** Delay between the last keystroke and the search request. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * Local text state for a search box whose committed value lives elsewhere (usually the URL).
 * Typing updates the box immediately and calls `commit` once the user pauses; when the committed
 * value changes from outside (back button, "clear filters"), the box follows it.
 */
export function useDebouncedSearch(committed: string, commit: (value: string) => void) {
  const [text, setText] = useState(committed);
  const [debounced] = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);

  useEffect(() => {
    setText(committed);
  }, [committed]);

  useEffect(() => {
    const value = debounced.trim();
    if (value !== committed.trim()) commit(value);
    // Only a new debounced value commits; outside changes of `committed` are handled above.
  }, [debounced]);

  return [text, setText] as const;
}
