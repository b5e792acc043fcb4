import type { SavedView } from '@atiende/contracts';
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { FILTER_PARAM_KEYS } from '../inbox/inbox-filters';
import { COLUMNS_PARAM } from '../inbox/url-params';
import { viewToSearch } from './view-query';

/**
 * A bare `/inbox?view=<id>` link (typed, bookmarked, or from another screen) gets the view's
 * filters and columns written into the URL once the view is known; links that already carry
 * filters (the navbar's, or an edited view) are left as they are.
 */
export function useApplyView(view: SavedView | undefined, myAgentId: string): void {
  const [searchParams, setSearchParams] = useSearchParams();
  const applied = useRef<string | null>(null);
  const bare = ![...FILTER_PARAM_KEYS, COLUMNS_PARAM].some((key) => searchParams.has(key));

  useEffect(() => {
    if (view === undefined || applied.current === view.id) return;
    applied.current = view.id;
    if (bare) setSearchParams(viewToSearch(view, myAgentId), { replace: true });
  }, [view, bare, myAgentId, setSearchParams]);
}
