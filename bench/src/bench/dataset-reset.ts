import type pg from 'pg';
import type { DatasetSpec } from '../gen/dataset-spec';

/**
 * Puts the workspace back to its seeded state: removes what benchmark runs created (tickets
 * numbered above the dataset size, every message and event newer than the dataset's end, saved
 * views and bulk operations), sign-in sessions and attempts of the bench agents, resets the ticket
 * counter and turns the workspace's auto-close off. Runs before (leftovers of an interrupted run)
 * and after every run, so runs measure the same data.
 */
export async function resetToSeeded(
  client: pg.ClientBase,
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
  // The seed creates no saved views or bulk operations: every one is a bench row's leftover.
  await client.query('DELETE FROM saved_views WHERE workspace_id = $1', [workspaceId]);
  await client.query('DELETE FROM bulk_operations WHERE workspace_id = $1', [workspaceId]);
  await client.query('DELETE FROM sessions WHERE workspace_id = $1', [workspaceId]);
  await client.query('DELETE FROM login_attempts WHERE email LIKE $1', [`%@${spec.slug}.atiende.test`]);
  // The dataset is a snapshot of one moment: closing its solved tickets by wall-clock age (the
  // hourly auto-close job) would change the data between runs, so the bench workspace keeps none.
  await client.query('UPDATE workspaces SET ticket_seq = $2, auto_close_after_days = 0 WHERE id = $1', [
    workspaceId,
    spec.tickets,
  ]);
}
