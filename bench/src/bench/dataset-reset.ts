import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import * as schema from '@atiende/server/src/db/schema';
import { applySlaToTickets } from '@atiende/server/src/sla/apply-sla';
import type { DatasetSpec } from '../gen/dataset-spec';

const SLA_CHUNK = 500;

/**
 * Time in stage and SLA clocks back to the dataset's end: stretches opened by the run are removed
 * and the ones it closed reopened; then every ticket whose clocks the run recomputed or the breach
 * job marked is recomputed with the server's `applySlaToTickets` as of the dataset's end, which
 * gives back exactly what the seed wrote (same facts, same moment, same function).
 */
async function restoreStagesAndSla(client: pg.PoolClient, workspaceId: string, end: string, endMs: number) {
  await client.query('DELETE FROM ticket_stage_intervals WHERE workspace_id = $1 AND started_at > $2', [
    workspaceId,
    end,
  ]);
  await client.query(
    'UPDATE ticket_stage_intervals SET ended_at = NULL WHERE workspace_id = $1 AND ended_at > $2',
    [workspaceId, end],
  );
  await client.query('DELETE FROM survey_invitations WHERE workspace_id = $1 AND created_at > $2', [
    workspaceId,
    end,
  ]);
  const touched = await client.query<{ ticket_id: string }>(
    `SELECT DISTINCT ticket_id FROM ticket_sla_clocks
      WHERE workspace_id = $1 AND (computed_at > $2 OR breached_at > $2)`,
    [workspaceId, end],
  );
  const ids = touched.rows.map((r) => r.ticket_id);
  const db = drizzle({ client, schema });
  for (let i = 0; i < ids.length; i += SLA_CHUNK) {
    await applySlaToTickets(db, workspaceId, ids.slice(i, i + SLA_CHUNK), new Date(endMs));
  }
}

/**
 * Puts the workspace back to its seeded state: removes what benchmark runs created (tickets
 * numbered above the dataset size, every message and event newer than the dataset's end, saved
 * views and bulk operations), sign-in sessions and attempts of the bench agents, resets the ticket
 * counter and turns the workspace's auto-close off; time in stage and SLA clocks go back to the
 * dataset's end. Runs before (leftovers of an interrupted run)
 * and after every run, so runs measure the same data.
 */
export async function resetToSeeded(
  client: pg.PoolClient,
  workspaceId: string,
  spec: DatasetSpec,
  endMs: number,
): Promise<void> {
  const end = new Date(endMs).toISOString();
  await client.query('DELETE FROM events WHERE workspace_id = $1 AND created_at > $2', [workspaceId, end]);
  await client.query('DELETE FROM messages WHERE workspace_id = $1 AND created_at > $2', [workspaceId, end]);
  await client.query('DELETE FROM tickets WHERE workspace_id = $1 AND number > $2', [
    workspaceId,
    spec.tickets,
  ]);
  await restoreStagesAndSla(client, workspaceId, end, endMs);
  // The seed creates no saved views or bulk operations: every one is a bench row's leftover.
  await client.query('DELETE FROM saved_views WHERE workspace_id = $1', [workspaceId]);
  await client.query('DELETE FROM bulk_operations WHERE workspace_id = $1', [workspaceId]);
  await client.query('DELETE FROM sla_recompute_runs WHERE workspace_id = $1', [workspaceId]);
  await client.query('DELETE FROM sessions WHERE workspace_id = $1', [workspaceId]);
  await client.query('DELETE FROM login_attempts WHERE email LIKE $1', [`%@${spec.slug}.atiende.test`]);
  // The dataset is a snapshot of one moment: closing its solved tickets by wall-clock age (the
  // hourly auto-close job) would change the data between runs, so the bench workspace keeps none.
  await client.query('UPDATE workspaces SET ticket_seq = $2, auto_close_after_days = 0 WHERE id = $1', [
    workspaceId,
    spec.tickets,
  ]);
}
