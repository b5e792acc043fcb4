import { and, asc, eq, isNull } from 'drizzle-orm';
import type { TicketConfig } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { customFields, resolutionReasons, ticketStatuses, ticketTypes, workspaces } from '../db/schema';
import { notFound } from '../lib/app-error';
import type { AuthContext } from '../lib/auth-context';
import {
  presentCustomField,
  presentCustomStatus,
  presentResolutionReason,
  presentTicketSettings,
  presentTicketType,
} from '../presenters/present-ticket-config';

/** The workspace's lifecycle settings row (auto-close days, trash retention). */
export async function ticketSettingsRow(db: DbOrTx, workspaceId: string) {
  const [row] = await db
    .select({
      autoCloseAfterDays: workspaces.autoCloseAfterDays,
      trashRetentionDays: workspaces.trashRetentionDays,
    })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  if (!row) throw notFound('Workspace');
  return row;
}

/** Every custom field of a workspace (archived ones too: their old values still show). */
export function customFieldRows(db: DbOrTx, workspaceId: string) {
  return db
    .select()
    .from(customFields)
    .where(eq(customFields.workspaceId, workspaceId))
    .orderBy(asc(customFields.position), asc(customFields.createdAt), asc(customFields.id));
}

/** The active ticket type with this key in the workspace, or undefined. */
export async function activeTicketType(db: DbOrTx, workspaceId: string, key: string) {
  const [row] = await db
    .select()
    .from(ticketTypes)
    .where(
      and(eq(ticketTypes.workspaceId, workspaceId), eq(ticketTypes.key, key), isNull(ticketTypes.archivedAt)),
    );
  return row;
}

/**
 * Everything the agent app needs to classify tickets, in one read: types, custom statuses,
 * resolution reasons and custom fields (archived entries included, flagged, so old tickets still
 * show their names), and the lifecycle settings. Any agent or API token may read it.
 */
export async function getTicketConfig(db: DbOrTx, ctx: AuthContext): Promise<TicketConfig> {
  const ws = ctx.workspaceId;
  const [types, statuses, reasons, fields, settings] = await Promise.all([
    db
      .select()
      .from(ticketTypes)
      .where(eq(ticketTypes.workspaceId, ws))
      .orderBy(asc(ticketTypes.position), asc(ticketTypes.createdAt), asc(ticketTypes.id)),
    db
      .select()
      .from(ticketStatuses)
      .where(eq(ticketStatuses.workspaceId, ws))
      .orderBy(asc(ticketStatuses.position), asc(ticketStatuses.createdAt), asc(ticketStatuses.id)),
    db
      .select()
      .from(resolutionReasons)
      .where(eq(resolutionReasons.workspaceId, ws))
      .orderBy(asc(resolutionReasons.position), asc(resolutionReasons.createdAt), asc(resolutionReasons.id)),
    customFieldRows(db, ws),
    ticketSettingsRow(db, ws),
  ]);
  return {
    types: types.map(presentTicketType),
    statuses: statuses.map(presentCustomStatus),
    resolutionReasons: reasons.map(presentResolutionReason),
    customFields: fields.map(presentCustomField),
    settings: presentTicketSettings(settings),
  };
}
