import type { LoginInput, Session } from '@atiende/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../lib/api/api-error';
import { api } from '../../lib/api/client';
import { endpoints } from '../../lib/api/endpoints';
import { queryKeys } from '../../lib/api/query-keys';

/** Loads the Session; a 401 is not an error here but "signed out" (`null`). */
async function fetchSession(): Promise<Session | null> {
  try {
    const session = await endpoints.me();
    api.setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error, 'unauthenticated')) {
      api.setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/**
 * The current Session from GET /api/auth/me, `null` when signed out. It stays cached for the whole
 * visit; other requests answering 401 reset it to `null` (see the QueryClient).
 */
export function useSessionQuery() {
  return useQuery({
    queryKey: queryKeys.session(),
    queryFn: fetchSession,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

/** Signs in; on success the Session (and its CSRF token) becomes current and the app renders. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => endpoints.login(input),
    onSuccess: (session) => {
      api.setCsrfToken(session.csrfToken);
      queryClient.setQueryData(queryKeys.session(), session);
    },
  });
}

/**
 * Signs out. Whether or not the server call succeeds, the local session is dropped (showing the
 * login page) and every cached record is removed so the next user sees nothing of this one.
 */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => endpoints.logout(),
    onSettled: () => {
      api.setCsrfToken(null);
      queryClient.setQueryData(queryKeys.session(), null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session()[0] });
    },
  });
}
