import { DEFAULT_TICKET_COLUMNS, TicketColumn, ViewQuery, type SavedView } from '@atiende/contracts';
import type { savedViews } from '../db/schema';
import type { AuthContext } from '../lib/auth-context';
import { abilitiesFor } from '../policies/abilities';

export type SavedViewRecord = typeof savedViews.$inferSelect;

/** A saved view row with its owner's name (null for shared views). */
export interface SavedViewRow {
  view: SavedViewRecord;
  ownerName: string | null;
}

const FALLBACK_QUERY: ViewQuery = { sort: 'updated_desc' };

/**
 * The stored query, re-validated: views are written through `ViewQuery`, but a later, stricter
 * contract must not make the whole list fail, so an unreadable query shows as "all tickets".
 */
export function storedViewQuery(filters: unknown): ViewQuery {
  const parsed = ViewQuery.safeParse(filters);
  return parsed.success ? parsed.data : FALLBACK_QUERY;
}

/** Whether `ctx` may edit or delete the view: its owner, or anyone with `views.share` for shared ones. */
export function canEditView(ctx: AuthContext, view: SavedViewRecord): boolean {
  if (view.ownerAgentId === null) return abilitiesFor(ctx.role).includes('views.share');
  return view.ownerAgentId === ctx.agentId;
}

/** The only way a saved view leaves the server; `editable` is computed for the caller. */
export function presentSavedView(ctx: AuthContext, row: SavedViewRow): SavedView {
  const { view } = row;
  const columns = view.columns.filter((c): c is TicketColumn => TicketColumn.safeParse(c).success);
  return {
    id: view.id,
    name: view.name,
    shared: view.ownerAgentId === null,
    owner: view.ownerAgentId && row.ownerName ? { id: view.ownerAgentId, name: row.ownerName } : null,
    query: storedViewQuery(view.filters),
    columns: columns.length > 0 ? columns : DEFAULT_TICKET_COLUMNS,
    position: view.position,
    editable: canEditView(ctx, view),
    createdAt: view.createdAt.toISOString(),
    updatedAt: view.updatedAt.toISOString(),
  };
}
