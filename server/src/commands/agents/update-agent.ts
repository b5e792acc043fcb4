import { and, eq, ne, sql } from 'drizzle-orm';
import type { Agent, FieldChange, UpdateAgentInput } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { agents, sessions, teamMembers, teams } from '../../db/schema';
import { AppError, notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { recordEvent } from '../../events/record-event';
import { authorize } from '../../policies/abilities';
import { getAgent } from '../../queries/agents';
import { assertInWorkspace } from '../assert-in-workspace';
import { diffFields } from '../diff-fields';

/**
 * Changes an agent's name, role, language, teams or active flag (admins only). Deactivating an
 * agent ends their sessions at once. The last active admin cannot be demoted or deactivated.
 */
export async function updateAgent(
  db: DbOrTx,
  ctx: AuthContext,
  id: string,
  input: UpdateAgentInput,
): Promise<Agent> {
  authorize(ctx, 'agents.manage');
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(agents)
      .where(and(eq(agents.workspaceId, ctx.workspaceId), eq(agents.id, id)))
      .for('update');
    if (!current) throw notFound('Agent');
    const { teamIds, ...fields } = input;
    const changes: FieldChange[] = diffFields(current, fields);
    const demoted = fields.role !== undefined && fields.role !== 'admin';
    const losesAdmin = current.role === 'admin' && current.active && (demoted || fields.active === false);
    if (losesAdmin) {
      const [others] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(agents)
        .where(
          and(
            eq(agents.workspaceId, ctx.workspaceId),
            eq(agents.role, 'admin'),
            eq(agents.active, true),
            ne(agents.id, id),
          ),
        );
      if ((others?.n ?? 0) === 0)
        throw new AppError('conflict', 'The workspace needs at least one active admin');
    }
    if (teamIds) {
      await assertInWorkspace(tx, teams, ctx.workspaceId, teamIds, 'teamIds');
      const before = (
        await tx.select({ teamId: teamMembers.teamId }).from(teamMembers).where(eq(teamMembers.agentId, id))
      )
        .map((r) => r.teamId)
        .sort();
      const after = [...new Set(teamIds)].sort();
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        await tx.delete(teamMembers).where(eq(teamMembers.agentId, id));
        if (after.length > 0) {
          await tx
            .insert(teamMembers)
            .values(after.map((teamId) => ({ workspaceId: ctx.workspaceId, teamId, agentId: id })));
        }
        changes.push({ field: 'teamIds', from: before, to: after });
      }
    }
    if (changes.length === 0) return;
    if (Object.keys(fields).length > 0) await tx.update(agents).set(fields).where(eq(agents.id, id));
    if (fields.active === false) await tx.delete(sessions).where(eq(sessions.agentId, id));
    await recordEvent(tx, ctx, { type: 'agent.updated', entityId: id, changes });
  });
  return getAgent(db, ctx, id);
}
