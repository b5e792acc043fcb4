import { and, eq } from 'drizzle-orm';
import type { FieldChange, Ticket, UpdateTicketInput } from '@atiende/contracts';
import type { DbOrTx, Tx } from '../../db/database';
import { agents, teams, tickets } from '../../db/schema';
import { AppError, notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { recordEvent } from '../../events/record-event';
import { authorize } from '../../policies/abilities';
import { getTicket } from '../../queries/get-ticket';
import { customFieldRows } from '../../queries/ticket-config';
import { applyCustomFieldValues, assertRequiredOnSolve } from './custom-field-values';
import { referenceChange } from './ticket-references';
import { assertActiveType, decideStatus, RESOLVED } from './ticket-rules';

type TicketRow = typeof tickets.$inferSelect;

function lifecycleTimestamps(current: TicketRow, status: TicketRow['status'], now: Date) {
  if (status === current.status) return {};
  return {
    solvedAt: status === 'solved' || status === 'closed' ? (current.solvedAt ?? now) : null,
    closedAt: status === 'closed' ? now : null,
  };
}

/**
 * Custom field values after the patch, checked per kind; entering solved/closed requires every
 * required-on-solve field, and a patch on an already solved ticket may not empty one.
 */
async function customFieldsAfter(
  tx: Tx,
  ctx: AuthContext,
  current: TicketRow,
  input: UpdateTicketInput,
  status: TicketRow['status'],
) {
  const entering = RESOLVED.has(status) && !RESOLVED.has(current.status);
  if (!input.customFields && !entering) return { values: current.customFields, changes: [] };
  const fields = await customFieldRows(tx, ctx.workspaceId);
  const applied = input.customFields
    ? applyCustomFieldValues(fields, current.customFields, input.customFields)
    : { values: current.customFields, changes: [], touched: [] };
  if (entering) assertRequiredOnSolve(fields, applied.values);
  else if (RESOLVED.has(status) && applied.touched.length > 0) {
    assertRequiredOnSolve(fields, applied.values, applied.touched);
  }
  return applied;
}

/**
 * Changes a ticket's fields under the lifecycle rules: a custom status sets its category, a status
 * in another category clears the custom status; solving takes a resolution (`not_finalized` needs
 * an active reason) and every required-on-solve field; reopening clears the resolution; custom
 * field values are checked per kind and the type must be an active one. Solving stamps solved_at,
 * reopening clears it, closing stamps closed_at. Closed and trashed tickets cannot change (409).
 * Every actual change is one `ticket.updated` event listing the fields; a no-op records nothing.
 */
export async function updateTicket(
  db: DbOrTx,
  ctx: AuthContext,
  id: string,
  input: UpdateTicketInput,
): Promise<Ticket> {
  authorize(ctx, 'tickets.write');
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(tickets)
      .where(and(eq(tickets.workspaceId, ctx.workspaceId), eq(tickets.id, id)))
      .for('update');
    if (!current) throw notFound('Ticket');
    if (current.status === 'closed') throw new AppError('conflict', 'A closed ticket cannot be changed');
    if (current.status === 'trashed') {
      throw new AppError('conflict', 'A trashed ticket cannot be changed; restore it first');
    }

    const changes: FieldChange[] = [];
    for (const field of ['subject', 'priority'] as const) {
      const to = input[field];
      if (to !== undefined && to !== current[field]) changes.push({ field, from: current[field], to });
    }
    if (input.type !== undefined && input.type !== current.type) {
      await assertActiveType(tx, ctx.workspaceId, input.type);
      changes.push({ field: 'type', from: current.type, to: input.type });
    }
    const outcome = await decideStatus(tx, ctx.workspaceId, current, input);
    changes.push(...outcome.changes);
    const tags = input.tags ? [...new Set(input.tags)] : undefined;
    if (tags && JSON.stringify(tags) !== JSON.stringify(current.tags)) {
      changes.push({ field: 'tags', from: current.tags, to: tags });
    }
    if (input.assigneeId !== undefined && input.assigneeId !== current.assigneeAgentId) {
      changes.push(
        await referenceChange(tx, ctx, 'assignee', agents, current.assigneeAgentId, input.assigneeId),
      );
    }
    if (input.teamId !== undefined && input.teamId !== current.teamId) {
      changes.push(await referenceChange(tx, ctx, 'team', teams, current.teamId, input.teamId));
    }
    const custom = await customFieldsAfter(tx, ctx, current, input, outcome.status);
    changes.push(...custom.changes);
    if (changes.length === 0) return;

    const now = new Date();
    await tx
      .update(tickets)
      .set({
        subject: input.subject,
        status: outcome.status,
        customStatusId: outcome.customStatusId,
        resolution: outcome.resolution,
        resolutionReasonId: outcome.resolutionReasonId,
        priority: input.priority,
        type: input.type,
        tags,
        assigneeAgentId: input.assigneeId,
        teamId: input.teamId,
        customFields: custom.values,
        updatedAt: now,
        ...lifecycleTimestamps(current, outcome.status, now),
      })
      .where(eq(tickets.id, id));
    await recordEvent(tx, ctx, { type: 'ticket.updated', ticketId: id, entityId: id, changes });
  });
  return getTicket(db, ctx, id);
}
