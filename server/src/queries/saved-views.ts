import { and, asc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import { SAVED_VIEW_COUNT_CAP, type SavedView, type SavedViewCounts } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { agents, savedViews, tickets } from '../db/schema';
import { notFound } from '../lib/app-error';
import type { AuthContext } from '../lib/auth-context';
import { presentSavedView, storedViewQuery, type SavedViewRow } from '../presenters/present-saved-view';
import { ticketFilterConditions } from './ticket-filters';

/**
 * The views `ctx` can see: the workspace's shared views plus the caller's own personal ones
 * (an API token has no personal views). Another agent's personal view is invisible, not forbidden.
 */
export function visibleViewsWhere(ctx: AuthContext): SQL | undefined {
  const mine = ctx.agentId ? eq(savedViews.ownerAgentId, ctx.agentId) : undefined;
  return and(
    eq(savedViews.workspaceId, ctx.workspaceId),
    mine ? or(isNull(savedViews.ownerAgentId), mine) : isNull(savedViews.ownerAgentId),
  );
}

/** Selects saved views with their owner's name; callers pass a `where` scoped by workspace. */
export function selectSavedViewRows(db: DbOrTx, where: SQL | undefined) {
  return db
    .select({ view: savedViews, ownerName: agents.name })
    .from(savedViews)
    .leftJoin(agents, eq(agents.id, savedViews.ownerAgentId))
    .where(where)
    .$dynamic();
}

/** One view the caller can see, presented; `not_found` for another agent's personal view or workspace. */
export async function getSavedView(db: DbOrTx, ctx: AuthContext, id: string): Promise<SavedView> {
  const [row] = await selectSavedViewRows(db, and(visibleViewsWhere(ctx), eq(savedViews.id, id))).limit(1);
  if (!row) throw notFound('View');
  return presentSavedView(ctx, row);
}

async function visibleViewRows(db: DbOrTx, ctx: AuthContext): Promise<SavedViewRow[]> {
  return selectSavedViewRows(db, visibleViewsWhere(ctx)).orderBy(
    asc(savedViews.position),
    asc(savedViews.name),
    asc(savedViews.id),
  );
}

/** The caller's visible views, personal and shared interleaved by position, then name. */
export async function listSavedViews(db: DbOrTx, ctx: AuthContext): Promise<SavedView[]> {
  const rows = await visibleViewRows(db, ctx);
  return rows.map((row) => presentSavedView(ctx, row));
}

/**
 * For every visible view, how many of the workspace's tickets match its filters, counted up to
 * `SAVED_VIEW_COUNT_CAP` (a larger number reads "more than the cap"). One small statement per
 * view, so each uses the index that fits its filters and stops at the cap: the navigation
 * refreshes these on every ticket change, and a full pass over a million tickets per refresh
 * would not scale.
 */
export async function savedViewCounts(db: DbOrTx, ctx: AuthContext): Promise<SavedViewCounts> {
  const rows = await visibleViewRows(db, ctx);
  const counts: SavedViewCounts = {};
  for (const row of rows) {
    const where = and(...ticketFilterConditions(ctx, storedViewQuery(row.view.filters)));
    const matching = db
      .select({ one: sql`1` })
      .from(tickets)
      .where(where)
      .limit(SAVED_VIEW_COUNT_CAP + 1)
      .as('matching');
    const [result] = await db.select({ n: sql<number>`count(*)::int` }).from(matching);
    counts[row.view.id] = result?.n ?? 0;
  }
  return counts;
}
