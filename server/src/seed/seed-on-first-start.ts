import pg from 'pg';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { workspaces } from '../db/schema';
import { seedDemoWorkspace } from './seed-demo-workspace';

const SEED_LOCK = 7_402_002;

/**
 * Seeds the demo workspace when the database has no workspace at all (a fresh install). Runs
 * under an advisory lock so processes starting together seed once. Returns whether it seeded.
 */
export async function seedOnFirstStart(url: string, db: Db): Promise<boolean> {
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [SEED_LOCK]);
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(workspaces);
    if ((row?.n ?? 0) > 0) return false;
    // One transaction: a crash half-way leaves no partial workspace, so the next start seeds again.
    await db.transaction((tx) => seedDemoWorkspace(tx));
    return true;
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [SEED_LOCK]).catch(() => undefined);
    await lock.end();
  }
}
