import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { CSRF_HEADER, SESSION_COOKIE } from '@atiende/contracts';
import type { Db } from '../../db/database';
import { resolveApiToken, resolveSession } from '../../commands/auth/resolve-credentials';
import { AppError } from '../../lib/app-error';
import type { AuthMode } from './auth-modes';

export interface DeclaredRoute {
  method: string;
  url: string;
  auth: readonly AuthMode[];
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with its declared auth, for tests and audits. */
    declaredRoutes: DeclaredRoute[];
  }
}

/** Routes registered by the API-docs plugin, public by nature; every other route declares its auth. */
const EXEMPT_PREFIXES = ['/api/docs'];

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

async function authenticate(db: Db, request: FastifyRequest, modes: readonly AuthMode[]): Promise<void> {
  if (modes.includes('public')) return;
  const header = request.headers.authorization;
  if (modes.includes('token') && header?.startsWith('Bearer ')) {
    const ctx = await resolveApiToken(db, header.slice('Bearer '.length).trim());
    if (!ctx) throw new AppError('unauthenticated', 'Invalid or revoked API token');
    request.authContext = ctx;
    return;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (modes.includes('agent') && cookie) {
    const session = await resolveSession(db, cookie);
    if (!session) throw new AppError('unauthenticated', 'Your session has expired; sign in again');
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !safeEqual(sent, session.csrfToken)) {
        throw new AppError('csrf_failed', `Missing or wrong ${CSRF_HEADER} header`);
      }
    }
    request.authContext = session.ctx;
    request.sessionToken = cookie;
    request.csrfToken = session.csrfToken;
    return;
  }
  throw new AppError(
    'unauthenticated',
    modes.includes('agent') ? 'Sign in first' : 'An API token is required',
  );
}

/**
 * Enforces the declared auth of every route. A route without `config.auth` makes the server fail
 * at start-up, so a forgotten permission check cannot ship.
 */
export const authPlugin = fp<{ db: Db }>(async (app: FastifyInstance, { db }) => {
  app.decorateRequest('authContext', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('csrfToken', null);

  const declared: DeclaredRoute[] = [];
  app.decorate('declaredRoutes', declared);
  app.addHook('onRoute', (route) => {
    if (EXEMPT_PREFIXES.some((p) => route.url.startsWith(p))) return;
    const auth = route.config?.auth;
    if (auth === undefined || auth.length === 0) {
      throw new Error(`Route ${String(route.method)} ${route.url} does not declare config.auth`);
    }
    for (const method of [route.method].flat()) declared.push({ method, url: route.url, auth });
  });

  app.addHook('onRequest', async (request) => {
    const modes = request.routeOptions.config.auth;
    if (!modes) return; // exempt routes (docs, static files, 404)
    await authenticate(db, request, modes);
  });
});
