import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseInboxFilters, serializeInboxFilters, type InboxFilters } from './inbox-filters';

/**
 * The inbox filters, read from and written to the URL query string. `replace` avoids piling up
 * history entries (used for search-as-you-type); other changes push, so Back undoes a filter.
 */
export function useInboxFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseInboxFilters(searchParams), [searchParams]);

  const setFilters = useCallback(
    (patch: Partial<InboxFilters>, options: { replace?: boolean } = {}) => {
      setSearchParams((current) => serializeInboxFilters({ ...parseInboxFilters(current), ...patch }), {
        replace: options.replace ?? false,
      });
    },
    [setSearchParams],
  );

  return [filters, setFilters] as const;
}
