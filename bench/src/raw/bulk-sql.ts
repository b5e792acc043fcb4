import type pg from 'pg';
import { inTransaction, recordEvent, type RawActor } from './write-sql';

/**
 * startBulkOperation()'s write as plain SQL: the `bulk_operations` row that tracks progress
 * (the pg-boss job the server enqueues with it is not part of the database limit). Returns its id.
 */
export async function rawStartBulkTags(
  client: pg.PoolClient,
  actor: RawActor,
  ticketIds: readonly string[],
  tag: string,
): Promise<string> {
  const inserted = await client.query<{ id: string }>(
    'insert into "bulk_operations" ("workspace_id", "agent_id", "action", "ticket_ids", "total") ' +
      'values ($1, $2, $3, $4, $5) returning "id"',
    [
      actor.workspaceId,
      actor.agentId,
      JSON.stringify({ type: 'tags', add: [tag], remove: [] }),
      ticketIds,
      ticketIds.length,
    ],
  );
  const id = inserted.rows[0]?.id;
  if (!id) throw new Error('bulk operation insert returned nothing');
  return id;
}

/**
 * One step of an "add tag" bulk operation, in one transaction like the server's job step: lock the
 * operation row (progress is serialised), then per ticket in a savepoint: lock the ticket and read
 * its tags, write the new tags with `updated_at`, record the `ticket.updated` event with NOTIFY;
 * then advance `done` by the step's size. Closed or trashed tickets and tickets that already carry
 * the tag are counted but not changed.
 */
export async function rawBulkTagStep(
  client: pg.PoolClient,
  actor: RawActor,
  operationId: string,
  ticketIds: readonly string[],
  tag: string,
): Promise<void> {
  await inTransaction(client, async () => {
    await client.query('select "done", "failed", "state" from "bulk_operations" where "id" = $1 for update', [
      operationId,
    ]);
    for (const ticketId of ticketIds) {
      await client.query('savepoint bulk_ticket');
      const locked = await client.query<{ tags: string[]; status: string }>(
        'select "tags", "status" from "tickets" where ("tickets"."workspace_id" = $1 and "tickets"."id" = $2) for update',
        [actor.workspaceId, ticketId],
      );
      const ticket = locked.rows[0];
      if (ticket && ticket.status !== 'closed' && ticket.status !== 'trashed' && !ticket.tags.includes(tag)) {
        const tags = [...ticket.tags, tag];
        await client.query('update "tickets" set "tags" = $2, "updated_at" = $3 where "tickets"."id" = $1', [
          ticketId,
          tags,
          new Date().toISOString(),
        ]);
        await recordEvent(client, actor, 'ticket.updated', ticketId, ticketId, [
          { field: 'tags', from: ticket.tags, to: tags },
        ]);
      }
      await client.query('release savepoint bulk_ticket');
    }
    await client.query(
      `update "bulk_operations" set "done" = "done" + $2, "state" = 'running', "updated_at" = now() where "id" = $1`,
      [operationId, ticketIds.length],
    );
  });
}

/** Marks the raw operation finished, as the server's last step does. */
export async function rawFinishBulk(client: pg.PoolClient, operationId: string): Promise<void> {
  await client.query(
    `update "bulk_operations" set "state" = 'finished', "finished_at" = now(), "updated_at" = now() where "id" = $1`,
    [operationId],
  );
}
