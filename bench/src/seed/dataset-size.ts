import pg from 'pg';

/** Row counts of a bench workspace and on-disk sizes of its database. */
export interface DatasetSize {
  tickets: number;
  messages: number;
  contacts: number;
  companies: number;
  agents: number;
  events: number;
  databaseBytes: number;
  /** Heap + indexes + TOAST per table, in bytes. */
  tables: Record<string, number>;
}

/** Human-readable bytes (MiB/GiB). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
  return `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
}

/** Counts the workspace's rows and measures the database on disk. */
export async function measureDataset(url: string, workspaceId: string): Promise<DatasetSize> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const counts = await client.query<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM tickets WHERE workspace_id = $1) AS tickets,
              (SELECT count(*)::int FROM messages WHERE workspace_id = $1) AS messages,
              (SELECT count(*)::int FROM contacts WHERE workspace_id = $1) AS contacts,
              (SELECT count(*)::int FROM companies WHERE workspace_id = $1) AS companies,
              (SELECT count(*)::int FROM agents WHERE workspace_id = $1) AS agents,
              (SELECT count(*)::int FROM events WHERE workspace_id = $1) AS events,
              pg_database_size(current_database())::float8 AS database_bytes`,
      [workspaceId],
    );
    const sizes = await client.query<{ name: string; bytes: number }>(
      `SELECT c.relname AS name, pg_total_relation_size(c.oid)::float8 AS bytes
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r'
        ORDER BY 2 DESC LIMIT 8`,
    );
    const row = counts.rows[0] ?? {};
    return {
      tickets: row.tickets ?? 0,
      messages: row.messages ?? 0,
      contacts: row.contacts ?? 0,
      companies: row.companies ?? 0,
      agents: row.agents ?? 0,
      events: row.events ?? 0,
      databaseBytes: row.database_bytes ?? 0,
      tables: Object.fromEntries(sizes.rows.map((r) => [r.name, r.bytes])),
    };
  } finally {
    await client.end();
  }
}

/** Logs the counts and sizes of a seeded workspace. */
export async function reportDatasetSize(
  url: string,
  workspaceId: string,
  log: (line: string) => void,
): Promise<DatasetSize> {
  const size = await measureDataset(url, workspaceId);
  const n = (v: number) => v.toLocaleString('en-US');
  log(
    `dataset: ${n(size.tickets)} tickets, ${n(size.messages)} messages, ${n(size.contacts)} contacts, ` +
      `${n(size.companies)} companies, ${n(size.agents)} agents, ${n(size.events)} events`,
  );
  log(
    `database size ${formatBytes(size.databaseBytes)} (` +
      Object.entries(size.tables)
        .map(([table, bytes]) => `${table} ${formatBytes(bytes)}`)
        .join(', ') +
      ')',
  );
  return size;
}
