import type pg from 'pg';
import { hashPassword } from '@atiende/server/src/lib/passwords';
import { BENCH_PASSWORD, type DatasetSpec } from '../gen/dataset-spec';
import { stableUuid } from '../gen/random';
import type { Staff } from '../gen/staff';

/**
 * Creates the bench workspace with its teams and 50 agents in one transaction. One argon2id hash
 * (the server's own helper) is computed and shared by every agent, so sign-in works as in
 * production without paying for 50 hashes.
 */
export async function insertWorkspaceAndStaff(
  client: pg.ClientBase,
  spec: DatasetSpec,
  staff: Staff,
  startMs: number,
): Promise<string> {
  const workspaceId = stableUuid(spec.slug, 'workspace');
  const createdAt = new Date(startMs).toISOString();
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  await client.query('BEGIN');
  try {
    await client.query(
      `INSERT INTO workspaces (id, name, slug, default_locale, timezone, ticket_seq, created_at)
       VALUES ($1, $2, $3, 'es', 'America/Bogota', 0, $4)`,
      [workspaceId, spec.workspaceName, spec.slug, createdAt],
    );
    for (const team of staff.teams) {
      await client.query('INSERT INTO teams (id, workspace_id, name, created_at) VALUES ($1, $2, $3, $4)', [
        team.id,
        workspaceId,
        team.name,
        createdAt,
      ]);
    }
    for (const agent of staff.agents) {
      await client.query(
        `INSERT INTO agents (id, workspace_id, name, email, role, locale, password_hash, active, created_at)
         VALUES ($1, $2, $3, $4, $5, 'es', $6, true, $7)`,
        [agent.id, workspaceId, agent.name, agent.email, agent.role, passwordHash, createdAt],
      );
      for (const t of agent.teams) {
        const team = staff.teams[t];
        if (!team) continue;
        await client.query('INSERT INTO team_members (workspace_id, team_id, agent_id) VALUES ($1, $2, $3)', [
          workspaceId,
          team.id,
          agent.id,
        ]);
      }
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  return workspaceId;
}
