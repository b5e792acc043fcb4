import type { FastifyRequest } from 'fastify';
import { AppError } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';

/**
 * How a route may be called: `agent` (session cookie + CSRF on writes), `token` (API token),
 * `public` (anyone). Every route must declare it in `config.auth`; the server refuses to start
 * otherwise (see auth plugin).
 */
export type AuthMode = 'agent' | 'token' | 'public';

/** Routes used by agents in the app and by integrations alike. */
export const AGENT_OR_TOKEN: readonly AuthMode[] = ['agent', 'token'];
export const AGENT_ONLY: readonly AuthMode[] = ['agent'];
export const PUBLIC: readonly AuthMode[] = ['public'];

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: readonly AuthMode[];
  }
  interface FastifyRequest {
    authContext: AuthContext | null;
    /** The raw session cookie value, when the request was authenticated by one. */
    sessionToken: string | null;
    csrfToken: string | null;
  }
}

/** The caller's context on a route that declared a non-public auth (always set there). */
export function authOf(request: FastifyRequest): AuthContext {
  if (!request.authContext) throw new AppError('unauthenticated', 'Sign in first');
  return request.authContext;
}
