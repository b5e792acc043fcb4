import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * One string value kept in the URL query string (e.g. a list page's `?q=`), so searches are
 * shareable and survive reloads. Setting an empty value removes the parameter; `replace` (the
 * default, for search-as-you-type) avoids adding a history entry per keystroke.
 */
export function useSearchParam(name: string) {
  const [searchParams, setSearchParams] = useSearchParams();
  const value = searchParams.get(name) ?? '';
  const setValue = useCallback(
    (next: string, options: { replace?: boolean } = {}) => {
      setSearchParams(
        (current) => {
          const updated = new URLSearchParams(current);
          if (next.trim() === '') updated.delete(name);
          else updated.set(name, next.trim());
          return updated;
        },
        { replace: options.replace ?? true },
      );
    },
    [name, setSearchParams],
  );
  return [value, setValue] as const;
}
