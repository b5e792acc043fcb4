import type { TicketColumn } from '@atiende/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseColumns, serializeColumns } from './inbox-columns';
import { parseInboxFilters, serializeInboxFilters, type InboxFilters } from './inbox-filters';
import { COLUMNS_PARAM, NON_FILTER_PARAMS, VIEW_PARAM } from './url-params';

/**
 * The inbox filters, read from and written to the URL query string. `replace` avoids piling up
 * history entries (used for search-as-you-type); other changes push, so Back undoes a filter.
 * The open view and the columns (`view`, `columns`) are kept when filters change.
 */
export function useInboxFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseInboxFilters(searchParams), [searchParams]);

  const setFilters = useCallback(
    (patch: Partial<InboxFilters>, options: { replace?: boolean } = {}) => {
      setSearchParams(
        (current) => {
          const next = serializeInboxFilters({ ...parseInboxFilters(current), ...patch });
          for (const key of NON_FILTER_PARAMS) {
            const value = current.get(key);
            if (value !== null) next.set(key, value);
          }
          return next;
        },
        { replace: options.replace ?? false },
      );
    },
    [setSearchParams],
  );

  return [filters, setFilters] as const;
}

/** The list's columns (`?columns=…`, default set when absent) and a setter that keeps the rest of the URL. */
export function useInboxColumns() {
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get(COLUMNS_PARAM);
  const columns = useMemo(() => parseColumns(raw), [raw]);
  const setColumns = useCallback(
    (next: readonly TicketColumn[]) => {
      setSearchParams(
        (current) => {
          const updated = new URLSearchParams(current);
          const value = serializeColumns(next);
          if (value === null) updated.delete(COLUMNS_PARAM);
          else updated.set(COLUMNS_PARAM, value);
          return updated;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );
  return [columns, setColumns] as const;
}

/** The id of the saved view the inbox shows (`?view=<id>`), or null. */
export function useInboxViewId(): string | null {
  const [searchParams] = useSearchParams();
  return searchParams.get(VIEW_PARAM);
}
