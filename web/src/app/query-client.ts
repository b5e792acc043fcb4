import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isApiError } from '../lib/api/api-error';
import { queryKeys } from '../lib/api/query-keys';

/** Client errors (4xx) will not change on retry; only network and 5xx failures are retried. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < 2;
}

/**
 * The app's QueryClient. Any request answered 401 (session expired or revoked elsewhere) clears the
 * cached Session, which makes the auth gate show the login page instead of a broken screen.
 */
export function createQueryClient(): QueryClient {
  const signOutLocally = (error: unknown) => {
    if (isApiError(error, 'unauthenticated')) client.setQueryData(queryKeys.session(), null);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.queryKey[0] !== queryKeys.session()[0]) signOutLocally(error);
      },
    }),
    mutationCache: new MutationCache({ onError: signOutLocally }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
  return client;
}
