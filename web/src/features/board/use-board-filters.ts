import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseBoardFilters, serializeBoardFilters, type BoardFilters } from './board-filters';

/**
 * The board setup (grouping and filters), read from and written to the URL. `replace` avoids a
 * history entry per keystroke (search); other changes push, so Back undoes a filter.
 */
export function useBoardFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseBoardFilters(searchParams), [searchParams]);

  const setFilters = useCallback(
    (patch: Partial<BoardFilters>, options: { replace?: boolean } = {}) => {
      setSearchParams((current) => serializeBoardFilters({ ...parseBoardFilters(current), ...patch }), {
        replace: options.replace ?? false,
      });
    },
    [setSearchParams],
  );

  return [filters, setFilters] as const;
}
