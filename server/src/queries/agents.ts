import { and, asc, eq } from 'drizzle-orm';
import type { Agent, Team } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { agents, teamMembers, teams } from '../db/schema';
import { notFound } from '../lib/app-error';
import type { AuthContext } from '../lib/auth-context';
import { presentAgent, presentTeam } from '../presenters/present-agent';

async function membership(db: DbOrTx, workspaceId: string) {
  return db
    .select({ teamId: teamMembers.teamId, agentId: teamMembers.agentId })
    .from(teamMembers)
    .where(eq(teamMembers.workspaceId, workspaceId));
}

/** All agents of the workspace with their teams, by name. */
export async function listAgents(db: DbOrTx, ctx: AuthContext): Promise<Agent[]> {
  const [rows, members] = await Promise.all([
    db.select().from(agents).where(eq(agents.workspaceId, ctx.workspaceId)).orderBy(asc(agents.name)),
    membership(db, ctx.workspaceId),
  ]);
  return rows.map((a) =>
    presentAgent(
      a,
      members.filter((m) => m.agentId === a.id).map((m) => m.teamId),
    ),
  );
}

/** One agent of the workspace. */
export async function getAgent(db: DbOrTx, ctx: AuthContext, id: string): Promise<Agent> {
  const [row] = await db
    .select()
    .from(agents)
    .where(and(eq(agents.workspaceId, ctx.workspaceId), eq(agents.id, id)));
  if (!row) throw notFound('Agent');
  const teamRows = await db
    .select({ teamId: teamMembers.teamId })
    .from(teamMembers)
    .where(eq(teamMembers.agentId, id));
  return presentAgent(
    row,
    teamRows.map((t) => t.teamId),
  );
}

/** All teams of the workspace with their members, by name. */
export async function listTeams(db: DbOrTx, ctx: AuthContext): Promise<Team[]> {
  const [rows, members] = await Promise.all([
    db.select().from(teams).where(eq(teams.workspaceId, ctx.workspaceId)).orderBy(asc(teams.name)),
    membership(db, ctx.workspaceId),
  ]);
  return rows.map((t) =>
    presentTeam(
      t,
      members.filter((m) => m.teamId === t.id).map((m) => m.agentId),
    ),
  );
}
