import { and, desc, eq, isNull } from 'drizzle-orm';
import type { ApiToken, CreateApiTokenInput, CreatedApiToken } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { apiTokens } from '../../db/schema';
import { notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { randomSecret, sha256 } from '../../lib/secrets';
import { authorize } from '../../policies/abilities';

function present(row: typeof apiTokens.$inferSelect): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    role: row.role,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** Issues an API token for integrations (admins only); the secret is returned only this once. */
export async function createApiToken(
  db: DbOrTx,
  ctx: AuthContext,
  input: CreateApiTokenInput,
): Promise<CreatedApiToken> {
  authorize(ctx, 'api_tokens.manage');
  const token = `atk_${randomSecret()}`;
  const [row] = await db
    .insert(apiTokens)
    .values({
      workspaceId: ctx.workspaceId,
      name: input.name,
      tokenHash: sha256(token),
      prefix: token.slice(0, 8),
      role: input.role,
      createdByAgentId: ctx.agentId,
    })
    .returning();
  if (!row) throw new Error('token insert returned nothing');
  return { ...present(row), token };
}

/** The workspace's tokens, newest first, without secrets. */
export async function listApiTokens(db: DbOrTx, ctx: AuthContext): Promise<ApiToken[]> {
  authorize(ctx, 'api_tokens.manage');
  const rows = await db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.workspaceId, ctx.workspaceId))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map(present);
}

/** Revokes a token at once; revoking twice is harmless. */
export async function revokeApiToken(db: DbOrTx, ctx: AuthContext, id: string): Promise<void> {
  authorize(ctx, 'api_tokens.manage');
  const [row] = await db
    .select({ id: apiTokens.id })
    .from(apiTokens)
    .where(and(eq(apiTokens.workspaceId, ctx.workspaceId), eq(apiTokens.id, id)));
  if (!row) throw notFound('API token');
  await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)));
}
