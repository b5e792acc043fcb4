import type { CreateTeamInput, Team } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { isUniqueViolation } from '../../db/pg-errors';
import { agents, teamMembers, teams } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { recordEvent } from '../../events/record-event';
import { authorize } from '../../policies/abilities';
import { presentTeam } from '../../presenters/present-agent';
import { assertInWorkspace } from '../assert-in-workspace';

/** Creates a team with its members; team names are unique within a workspace (409). */
export async function createTeam(db: DbOrTx, ctx: AuthContext, input: CreateTeamInput): Promise<Team> {
  authorize(ctx, 'teams.manage');
  try {
    return await db.transaction(async (tx) => {
      await assertInWorkspace(tx, agents, ctx.workspaceId, input.memberIds, 'memberIds');
      const [row] = await tx
        .insert(teams)
        .values({ workspaceId: ctx.workspaceId, name: input.name })
        .returning();
      if (!row) throw new Error('team insert returned nothing');
      const memberIds = [...new Set(input.memberIds)];
      if (memberIds.length > 0) {
        await tx
          .insert(teamMembers)
          .values(memberIds.map((agentId) => ({ workspaceId: ctx.workspaceId, teamId: row.id, agentId })));
      }
      await recordEvent(tx, ctx, {
        type: 'team.created',
        entityId: row.id,
        changes: [{ field: 'name', from: null, to: row.name }],
      });
      return presentTeam(row, memberIds);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', 'A team with this name already exists');
    throw error;
  }
}
