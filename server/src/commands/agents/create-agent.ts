import type { Agent, CreateAgentInput } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { isUniqueViolation } from '../../db/pg-errors';
import { agents, teamMembers, teams } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { hashPassword } from '../../lib/passwords';
import { recordEvent } from '../../events/record-event';
import { authorize } from '../../policies/abilities';
import { presentAgent } from '../../presenters/present-agent';
import { assertInWorkspace } from '../assert-in-workspace';

/** Adds an agent to the workspace (admins only). Emails are unique across Atiende: 409 if taken. */
export async function createAgent(db: DbOrTx, ctx: AuthContext, input: CreateAgentInput): Promise<Agent> {
  authorize(ctx, 'agents.manage');
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      await assertInWorkspace(tx, teams, ctx.workspaceId, input.teamIds, 'teamIds');
      const [row] = await tx
        .insert(agents)
        .values({
          workspaceId: ctx.workspaceId,
          name: input.name,
          email: input.email.toLowerCase(),
          role: input.role,
          locale: input.locale,
          passwordHash,
        })
        .returning();
      if (!row) throw new Error('agent insert returned nothing');
      const teamIds = [...new Set(input.teamIds)];
      if (teamIds.length > 0) {
        await tx
          .insert(teamMembers)
          .values(teamIds.map((teamId) => ({ workspaceId: ctx.workspaceId, teamId, agentId: row.id })));
      }
      await recordEvent(tx, ctx, {
        type: 'agent.created',
        entityId: row.id,
        changes: [
          { field: 'name', from: null, to: row.name },
          { field: 'role', from: null, to: row.role },
        ],
      });
      return presentAgent(row, teamIds);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', 'An agent with this email already exists');
    throw error;
  }
}
