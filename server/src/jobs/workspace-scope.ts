import { sql, type SQL } from 'drizzle-orm';

/** Options of the lifecycle sweeps (auto-close, trash purge). */
export interface JobRunOptions {
  /** The moment the sweep considers "now" (default: the current time). */
  now?: Date;
  /** Rows per transaction (default 200). */
  batchSize?: number;
  /** Only these workspaces (default: all); lets an admin action or a test sweep one tenant. */
  workspaceIds?: readonly string[];
}

/** `t.workspace_id` restricted to the given workspaces, or no restriction when none are given. */
export function workspaceScope(workspaceIds: readonly string[] | undefined): SQL {
  if (workspaceIds === undefined) return sql`true`;
  if (workspaceIds.length === 0) return sql`false`;
  return sql`t.workspace_id IN (${sql.join(
    workspaceIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`;
}
