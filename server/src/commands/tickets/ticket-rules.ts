import { and, eq } from 'drizzle-orm';
import type { FieldChange, Resolution, StatusCategory, UpdateTicketInput } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { resolutionReasons, ticketStatuses, type tickets } from '../../db/schema';
import { invalidField } from '../../lib/app-error';
import { activeTicketType } from '../../queries/ticket-config';

type TicketRow = typeof tickets.$inferSelect;
type NamedRef = { id: string; name: string } | null;

/** Statuses in which a ticket carries a resolution (finalized or not). */
export const RESOLVED: ReadonlySet<string> = new Set(['solved', 'closed']);

/** The status-related columns of a ticket after a change, and the history entries for them. */
export interface StatusOutcome {
  status: StatusCategory;
  customStatusId: string | null;
  resolution: Resolution | null;
  resolutionReasonId: string | null;
  changes: FieldChange[];
}

async function customStatusRow(tx: DbOrTx, workspaceId: string, id: string) {
  const [row] = await tx
    .select()
    .from(ticketStatuses)
    .where(and(eq(ticketStatuses.workspaceId, workspaceId), eq(ticketStatuses.id, id)));
  return row;
}

async function reasonRow(tx: DbOrTx, workspaceId: string, id: string) {
  const [row] = await tx
    .select()
    .from(resolutionReasons)
    .where(and(eq(resolutionReasons.workspaceId, workspaceId), eq(resolutionReasons.id, id)));
  return row;
}

/**
 * Custom status ⇔ category: a `customStatusId` sets the status to its category (archived ones and
 * a contradicting `status` are refused); a `status` in another category clears the custom status.
 */
async function statusAndCustomStatus(
  tx: DbOrTx,
  workspaceId: string,
  current: TicketRow,
  input: UpdateTicketInput,
): Promise<{ status: StatusCategory; customStatusId: string | null }> {
  const currentStatus = current.status as StatusCategory;
  if (input.customStatusId === undefined || input.customStatusId === current.customStatusId) {
    const status = input.status ?? currentStatus;
    const keepCustom = status === currentStatus && input.customStatusId !== null;
    return { status, customStatusId: keepCustom ? current.customStatusId : null };
  }
  if (input.customStatusId === null) return { status: input.status ?? currentStatus, customStatusId: null };
  const row = await customStatusRow(tx, workspaceId, input.customStatusId);
  if (!row) throw invalidField('customStatusId', 'Unknown customStatusId in this workspace');
  if (row.archivedAt !== null) throw invalidField('customStatusId', `The status "${row.name}" is archived`);
  if (input.status !== undefined && input.status !== row.category) {
    throw invalidField('status', `The status "${row.name}" belongs to ${row.category}, not ${input.status}`);
  }
  return { status: row.category, customStatusId: row.id };
}

/**
 * The resolution of a ticket that is (or stays) solved or closed: `finalized` unless said
 * otherwise; `not_finalized` needs an active reason. Unresolved statuses carry none, and asking for
 * a resolution on one is refused.
 */
async function resolutionOf(
  tx: DbOrTx,
  workspaceId: string,
  current: TicketRow,
  input: UpdateTicketInput,
  status: StatusCategory,
): Promise<{ resolution: Resolution | null; resolutionReasonId: string | null }> {
  if (!RESOLVED.has(status)) {
    if (input.resolution !== undefined || (input.resolutionReasonId ?? null) !== null) {
      throw invalidField('resolution', 'Only a solved or closed ticket has a resolution');
    }
    return { resolution: null, resolutionReasonId: null };
  }
  const wasResolved = RESOLVED.has(current.status);
  const resolution = input.resolution ?? (wasResolved ? current.resolution : null) ?? 'finalized';
  if (resolution === 'finalized') return { resolution, resolutionReasonId: null };
  const reasonId =
    input.resolutionReasonId !== undefined
      ? input.resolutionReasonId
      : current.resolution === 'not_finalized'
        ? current.resolutionReasonId
        : null;
  if (reasonId === null) {
    throw invalidField('resolutionReasonId', 'Pick the reason why the ticket is not finalized');
  }
  if (reasonId !== current.resolutionReasonId || input.resolutionReasonId !== undefined) {
    const reason = await reasonRow(tx, workspaceId, reasonId);
    if (!reason) throw invalidField('resolutionReasonId', 'Unknown resolutionReasonId in this workspace');
    if (reason.archivedAt !== null && reasonId !== current.resolutionReasonId) {
      throw invalidField('resolutionReasonId', `The reason "${reason.name}" is archived`);
    }
  }
  return { resolution, resolutionReasonId: reasonId };
}

async function namedStatus(tx: DbOrTx, workspaceId: string, id: string | null): Promise<NamedRef> {
  if (id === null) return null;
  const row = await customStatusRow(tx, workspaceId, id);
  return { id, name: row?.name ?? '' };
}

async function namedReason(tx: DbOrTx, workspaceId: string, id: string | null): Promise<NamedRef> {
  if (id === null) return null;
  const row = await reasonRow(tx, workspaceId, id);
  return { id, name: row?.name ?? '' };
}

/**
 * Applies the lifecycle rules of a ticket change to status, custom status and resolution, and
 * lists what changed for the history (custom status and reason with their names). Reopening
 * clears the resolution; closing a solved ticket keeps it.
 */
export async function decideStatus(
  tx: DbOrTx,
  workspaceId: string,
  current: TicketRow,
  input: UpdateTicketInput,
): Promise<StatusOutcome> {
  const { status, customStatusId } = await statusAndCustomStatus(tx, workspaceId, current, input);
  const { resolution, resolutionReasonId } = await resolutionOf(tx, workspaceId, current, input, status);
  const changes: FieldChange[] = [];
  if (status !== current.status) changes.push({ field: 'status', from: current.status, to: status });
  if (customStatusId !== current.customStatusId) {
    changes.push({
      field: 'customStatus',
      from: await namedStatus(tx, workspaceId, current.customStatusId),
      to: await namedStatus(tx, workspaceId, customStatusId),
    });
  }
  if (resolution !== current.resolution) {
    changes.push({ field: 'resolution', from: current.resolution, to: resolution });
  }
  if (resolutionReasonId !== current.resolutionReasonId) {
    changes.push({
      field: 'resolutionReason',
      from: await namedReason(tx, workspaceId, current.resolutionReasonId),
      to: await namedReason(tx, workspaceId, resolutionReasonId),
    });
  }
  return { status, customStatusId, resolution, resolutionReasonId, changes };
}

/** A ticket's type must be one of the workspace's active types (400 naming `type`). */
export async function assertActiveType(tx: DbOrTx, workspaceId: string, key: string | null): Promise<void> {
  if (key === null) return;
  if (!(await activeTicketType(tx, workspaceId, key))) {
    throw invalidField('type', `"${key}" is not an active ticket type of this workspace`);
  }
}

/**
 * The columns a customer reply sets when it reopens a solved (or pending) ticket: back to `open`,
 * without the resolution, reason and custom status that belonged to the old category. For the
 * channel paths that reopen tickets (email append, customer messages).
 */
export const REOPEN_COLUMNS = {
  status: 'open',
  solvedAt: null,
  resolution: null,
  resolutionReasonId: null,
  customStatusId: null,
} as const;
