import type pg from 'pg';

/** What is already in the database for a bench workspace. */
export interface WorkspaceState {
  id: string;
  name: string;
  ticketSeq: number;
  /** Start of the dataset's two-year span. */
  createdAt: number;
  /** Highest ticket number present (chunks commit in order, so this is the resume point). */
  tickets: number;
  contacts: number;
}

/** Finds the workspace with this slug and measures how far its seed got; null when absent. */
export async function findWorkspace(client: pg.ClientBase, slug: string): Promise<WorkspaceState | null> {
  const found = await client.query<{ id: string; name: string; ticket_seq: number; created_at: Date }>(
    'SELECT id, name, ticket_seq, created_at FROM workspaces WHERE slug = $1',
    [slug],
  );
  const row = found.rows[0];
  if (!row) return null;
  const counts = await client.query<{ tickets: number | null; contacts: number }>(
    `SELECT (SELECT max(number) FROM tickets WHERE workspace_id = $1) AS tickets,
            (SELECT count(*)::int FROM contacts WHERE workspace_id = $1) AS contacts`,
    [row.id],
  );
  return {
    id: row.id,
    name: row.name,
    ticketSeq: row.ticket_seq,
    createdAt: row.created_at.getTime(),
    tickets: counts.rows[0]?.tickets ?? 0,
    contacts: counts.rows[0]?.contacts ?? 0,
  };
}

/** Deletes tickets numbered above `number` with their messages and events (no cascades relied on). */
export async function deleteTicketsAfter(
  client: pg.ClientBase,
  workspaceId: string,
  number: number,
): Promise<void> {
  const doomed = 'SELECT id FROM tickets WHERE workspace_id = $1 AND number > $2';
  await client.query(`DELETE FROM events WHERE workspace_id = $1 AND ticket_id IN (${doomed})`, [
    workspaceId,
    number,
  ]);
  // The seed session skips foreign-key triggers, so no cascade would remove the children.
  for (const table of [
    'messages',
    'ticket_stage_intervals',
    'ticket_sla_clocks',
    'survey_responses',
    'survey_invitations',
  ]) {
    await client.query(`DELETE FROM ${table} WHERE workspace_id = $1 AND ticket_id IN (${doomed})`, [
      workspaceId,
      number,
    ]);
  }
  await client.query('DELETE FROM tickets WHERE workspace_id = $1 AND number > $2', [workspaceId, number]);
}

/** Tables holding a workspace's rows, children before parents. */
const WORKSPACE_TABLES = [
  'events',
  'attachments',
  'messages',
  'tickets',
  'contacts',
  'companies',
  'sessions',
  'api_tokens',
  'team_members',
  'agents',
  'teams',
];

/**
 * Removes a bench workspace and everything in it. When it is the only workspace in the database
 * (the usual bench database) the tables are truncated, which takes seconds instead of minutes.
 */
export async function dropWorkspace(client: pg.ClientBase, workspaceId: string): Promise<void> {
  const others = await client.query('SELECT 1 FROM workspaces WHERE id <> $1 LIMIT 1', [workspaceId]);
  if (others.rowCount === 0) {
    // CASCADE also empties every table that references workspaces (all of it is bench data).
    await client.query('TRUNCATE workspaces CASCADE');
    return;
  }
  await client.query('BEGIN');
  try {
    for (const table of WORKSPACE_TABLES) {
      await client.query(`DELETE FROM ${table} WHERE workspace_id = $1`, [workspaceId]);
    }
    await client.query('DELETE FROM workspaces WHERE id = $1', [workspaceId]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
