import { and, eq, inArray } from 'drizzle-orm';
import type { FieldChange, Ticket, UpdateTicketInput } from '@atiende/contracts';
import type { DbOrTx, Tx } from '../../db/database';
import { agents, teams, tickets } from '../../db/schema';
import { AppError, invalidField, notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { recordEvent } from '../../events/record-event';
import { authorize } from '../../policies/abilities';
import { getTicket } from '../../queries/get-ticket';

type TicketRow = typeof tickets.$inferSelect;

async function namesOf(
  tx: Tx,
  table: typeof agents | typeof teams,
  workspaceId: string,
  ids: (string | null)[],
) {
  const wanted = ids.filter((id): id is string => id !== null);
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await tx
    .select({ id: table.id, name: table.name })
    .from(table)
    .where(and(eq(table.workspaceId, workspaceId), inArray(table.id, wanted)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * Records assignee/team changes with names, so the history reads "Ana → Bruno" even after an
 * agent is renamed or removed.
 */
async function referenceChange(
  tx: Tx,
  ctx: AuthContext,
  field: 'assignee' | 'team',
  table: typeof agents | typeof teams,
  from: string | null,
  to: string | null,
): Promise<FieldChange> {
  const names = await namesOf(tx, table, ctx.workspaceId, [from, to]);
  if (to !== null && !names.has(to)) {
    throw invalidField(`${field}Id`, `Unknown ${field}Id in this workspace`);
  }
  const ref = (id: string | null) => (id === null ? null : { id, name: names.get(id) ?? '' });
  return { field, from: ref(from), to: ref(to) };
}

function lifecycleTimestamps(current: TicketRow, status: TicketRow['status'] | undefined, now: Date) {
  if (!status || status === current.status) return {};
  return {
    solvedAt: status === 'solved' || status === 'closed' ? (current.solvedAt ?? now) : null,
    closedAt: status === 'closed' ? now : null,
  };
}

/**
 * Changes a ticket's fields. Solving stamps solved_at, reopening clears it, closing stamps
 * closed_at; a closed ticket can no longer change. Every actual change is one `ticket.updated`
 * event listing the fields; a no-op records nothing.
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

    const changes: FieldChange[] = [];
    const simple = ['subject', 'status', 'priority', 'type'] as const;
    for (const field of simple) {
      const to = input[field];
      if (to !== undefined && to !== current[field]) changes.push({ field, from: current[field], to });
    }
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
    if (changes.length === 0) return;

    const now = new Date();
    await tx
      .update(tickets)
      .set({
        subject: input.subject,
        status: input.status,
        priority: input.priority,
        type: input.type,
        tags,
        assigneeAgentId: input.assigneeId,
        teamId: input.teamId,
        updatedAt: now,
        ...lifecycleTimestamps(current, input.status, now),
      })
      .where(eq(tickets.id, id));
    await recordEvent(tx, ctx, { type: 'ticket.updated', ticketId: id, entityId: id, changes });
  });
  return getTicket(db, ctx, id);
}
