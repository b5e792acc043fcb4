import { and, eq, gt, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database';
import { agents, apiTokens, sessions } from '../../db/schema';
import type { AuthContext } from '../../lib/auth-context';
import { sha256 } from '../../lib/secrets';

/** A session cookie resolved to its agent, with the CSRF token that writes must echo. */
export interface SessionAuth {
  ctx: AuthContext;
  csrfToken: string;
}

/** Looks up a live session of an active agent; null for unknown, expired or deactivated. */
export async function resolveSession(db: DbOrTx, sessionToken: string): Promise<SessionAuth | null> {
  const [row] = await db
    .select({ session: sessions, agent: agents })
    .from(sessions)
    .innerJoin(agents, eq(agents.id, sessions.agentId))
    .where(
      and(eq(sessions.id, sha256(sessionToken)), gt(sessions.expiresAt, new Date()), eq(agents.active, true)),
    )
    .limit(1);
  if (!row) return null;
  return {
    csrfToken: row.session.csrfToken,
    ctx: {
      workspaceId: row.agent.workspaceId,
      actor: { type: 'agent', id: row.agent.id, name: row.agent.name },
      role: row.agent.role,
      agentId: row.agent.id,
      via: 'session',
    },
  };
}

/** Looks up an unrevoked API token (`Authorization: Bearer atk_…`) and stamps its last use. */
export async function resolveApiToken(db: DbOrTx, token: string): Promise<AuthContext | null> {
  const [row] = await db
    .update(apiTokens)
    .set({ lastUsedAt: new Date() })
    .where(and(eq(apiTokens.tokenHash, sha256(token)), isNull(apiTokens.revokedAt)))
    .returning();
  if (!row) return null;
  return {
    workspaceId: row.workspaceId,
    actor: { type: 'api_token', id: row.id, name: row.name },
    role: row.role,
    agentId: null,
    via: 'token',
  };
}
