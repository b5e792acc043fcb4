import type { Session } from '@atiende/contracts';
import { createContext, useContext } from 'react';

/** The signed-in agent's Session; provided by the auth gate once /api/auth/me (or login) succeeds. */
export const SessionContext = createContext<Session | null>(null);

/**
 * The current Session. Only valid below the auth gate, which renders the login page instead of the
 * app while signed out — so a missing session here is a programming error, and it throws.
 */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession() used outside the signed-in app');
  return session;
}
