import { eq } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LoginInput, Session, SESSION_COOKIE } from '@atiende/contracts';
import { signIn, signOut } from '../../commands/auth/sign-in';
import type { Db } from '../../db/database';
import { workspaces } from '../../db/schema';
import type { AuthContext } from '../../lib/auth-context';
import { abilitiesFor } from '../../policies/abilities';
import { presentWorkspace } from '../../presenters/present-agent';
import { getAgent } from '../../queries/agents';
import type { ApiDeps } from '../deps';
import { AGENT_ONLY, authOf, PUBLIC } from '../plugins/auth-modes';

async function sessionOf(db: Db, ctx: AuthContext, csrfToken: string): Promise<Session> {
  const [agent, [workspace]] = await Promise.all([
    getAgent(db, ctx, ctx.agentId ?? ''),
    db.select().from(workspaces).where(eq(workspaces.id, ctx.workspaceId)),
  ]);
  if (!workspace) throw new Error('workspace of a live session is missing');
  return { agent, workspace: presentWorkspace(workspace), abilities: abilitiesFor(ctx.role), csrfToken };
}

/** /api/auth: sign in, sign out, and the current session. */
export function authRoutes({ database: { db }, config }: ApiDeps): FastifyPluginAsyncZod {
  const secure = (request: FastifyRequest) =>
    config.cookieSecure === 'auto' ? request.protocol === 'https' : config.cookieSecure;
  const clearCookie = (request: FastifyRequest, reply: FastifyReply) =>
    reply.clearCookie(SESSION_COOKIE, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: secure(request),
    });

  return async (app) => {
    const tags = ['auth'];
    app.post(
      '/auth/login',
      { config: { auth: PUBLIC }, schema: { tags, body: LoginInput, response: { 200: Session } } },
      async (request, reply) => {
        const result = await signIn(
          db,
          request.body,
          { ip: request.ip, userAgent: request.headers['user-agent'] ?? null },
          {
            maxFailures: config.loginMaxFailures,
            windowMs: config.loginWindowMs,
            sessionTtlMs: config.sessionTtlMs,
          },
        );
        reply.setCookie(SESSION_COOKIE, result.sessionToken, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: secure(request),
          expires: result.expiresAt,
        });
        return sessionOf(db, result.ctx, result.csrfToken);
      },
    );
    app.post('/auth/logout', { config: { auth: AGENT_ONLY }, schema: { tags } }, async (request, reply) => {
      if (request.sessionToken) await signOut(db, request.sessionToken);
      clearCookie(request, reply);
      return reply.status(204).send();
    });
    app.get(
      '/auth/me',
      { config: { auth: AGENT_ONLY }, schema: { tags, response: { 200: Session } } },
      (request) => sessionOf(db, authOf(request), request.csrfToken ?? ''),
    );
  };
}
