import { setTimeout as sleep } from 'node:timers/promises';
import type { BulkOperation } from '@atiende/contracts';
import { failedRow, type BenchContext, type RowResult } from '../bench/context';
import { at } from '../gen/random';
import { BULK_STEP_TICKETS } from '@atiende/server/src/commands/bulk/run-bulk-operation';
import { rawBulkTagStep, rawFinishBulk, rawStartBulkTags } from '../raw/bulk-sql';
import { summarize, throughputRatio, type Summary } from '../stats';

const ID = 'bulk.tags';
const SIZE = 1000;
const LABEL = `bulk: add a tag to ${SIZE.toLocaleString('en-US')} tickets`;
/** How often the client polls the operation, as the web app's progress bar does. */
const POLL_MS = 100;
/** A bulk operation that is not finished by then fails the row. */
const TIMEOUT_MS = 300_000;

interface Target {
  id: string;
  /** Full-precision text, so the restore puts back the exact value. */
  updated_at: string;
}

/**
 * 1,000 tickets the action can change (unresolved first, then solved; never closed or trashed),
 * oldest first and excluding the 400 the reply row writes to: the two rows restore
 * `updated_at` independently, so they must not share tickets.
 */
async function pickTargets(ctx: BenchContext): Promise<Target[]> {
  const found = await ctx.pool.query<Target>(
    `SELECT id, updated_at::text AS updated_at FROM tickets
      WHERE workspace_id = $1 AND number <= $2 AND status IN ('new', 'open', 'pending', 'on_hold', 'solved')
        AND id NOT IN (SELECT id FROM tickets WHERE workspace_id = $1 AND number <= $2
                         AND status IN ('open', 'pending', 'on_hold') ORDER BY number DESC LIMIT 400)
      ORDER BY status = 'solved', number LIMIT $3`,
    [ctx.workspaceId, ctx.spec.tickets, SIZE],
  );
  return found.rows;
}

/** Polls GET /api/bulk-operations/:id until the operation is finished or failed. */
async function waitForEnd(ctx: BenchContext, id: string, startedMs: number): Promise<BulkOperation> {
  const session = at(ctx.sessions, 0);
  for (;;) {
    const op = await session.json<BulkOperation>('GET', `/api/bulk-operations/${id}`);
    if (op.state === 'finished' || op.state === 'failed') return op;
    if (performance.now() - startedMs > TIMEOUT_MS) {
      throw new Error(
        `bulk operation still ${op.state} after ${String(TIMEOUT_MS / 1000)} s (${String(op.done)} done)`,
      );
    }
    await sleep(POLL_MS);
  }
}

/**
 * Time per ticket inside the server's job: the job commits a step of several tickets per
 * transaction, and each event's created_at is its step's transaction time (to the millisecond),
 * so the gap between consecutive steps, divided by the step's tickets, is each of those tickets'
 * share; the first step is measured from the POST, so it includes the wait for a worker.
 */
async function perTicketMs(ctx: BenchContext, ids: string[], tag: string, postedEpochMs: number) {
  const events = await ctx.pool.query<{ ms: number }>(
    `SELECT (extract(epoch FROM created_at) * 1000)::float8 AS ms FROM events
      WHERE workspace_id = $1 AND type = 'ticket.updated' AND ticket_id = ANY($2::uuid[])
        AND changes @> $3::jsonb
      ORDER BY created_at, id`,
    [ctx.workspaceId, ids, JSON.stringify([{ field: 'tags', to: [tag] }])],
  );
  const steps = new Map<number, number>();
  for (const { ms } of events.rows) steps.set(ms, (steps.get(ms) ?? 0) + 1);
  let previous = postedEpochMs;
  return [...steps].flatMap(([ms, tickets]) => {
    const share = (ms - previous) / tickets;
    previous = ms;
    return Array.from({ length: tickets }, () => share);
  });
}

/** The API side: one POST, then polling to the end. Latencies per ticket, throughput in tickets/s. */
async function apiBulk(ctx: BenchContext, ids: string[], tag: string) {
  const postedEpochMs = Date.now();
  const started = performance.now();
  const queued = await at(ctx.sessions, 0).json<BulkOperation>(
    'POST',
    '/api/tickets/bulk',
    { ticketIds: ids, action: { type: 'tags', add: [tag], remove: [] } },
    202,
  );
  const end = await waitForEnd(ctx, queued.id, started);
  const wallMs = performance.now() - started;
  if (end.state === 'failed' || end.failed > 0) {
    const first = end.errors[0]?.message ?? 'the operation failed';
    throw new Error(
      `bulk operation ${end.state}: ${String(end.failed)} of ${String(end.total)} failed (${first})`,
    );
  }
  const gaps = await perTicketMs(ctx, ids, tag, postedEpochMs);
  if (gaps.length !== ids.length) {
    throw new Error(`expected ${String(ids.length)} tag changes, found ${String(gaps.length)} events`);
  }
  return { summary: summarize(gaps, wallMs), wallMs, firstMs: gaps[0] ?? Number.NaN };
}

/** The raw side: the same operation row and per-ticket transactions on one bare connection. */
async function rawBulk(
  ctx: BenchContext,
  ids: string[],
  tag: string,
): Promise<{ summary: Summary; wallMs: number }> {
  const client = await ctx.pool.connect();
  try {
    const latencies: number[] = [];
    const started = performance.now();
    const operationId = await rawStartBulkTags(client, ctx.actor, ids, tag);
    for (let i = 0; i < ids.length; i += BULK_STEP_TICKETS) {
      const step = ids.slice(i, i + BULK_STEP_TICKETS);
      const t0 = performance.now();
      await rawBulkTagStep(client, ctx.actor, operationId, step, tag);
      const share = (performance.now() - t0) / step.length;
      latencies.push(...step.map(() => share));
    }
    await rawFinishBulk(client, operationId);
    const wallMs = performance.now() - started;
    return { summary: summarize(latencies, wallMs), wallMs };
  } finally {
    client.release();
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * A bulk action as the list view sends it: POST /api/tickets/bulk adding one tag to 1,000 tickets
 * (cheap to undo: the tags and `updated_at` are put back at the end of the run), then polling
 * GET /api/bulk-operations/:id every 100 ms until the job — run by the server's worker role — is
 * finished. n, percentiles: time per ticket; throughput: tickets/s from the POST to the end seen.
 * The raw twin writes the same tag changes (another tag, same tickets) with their events and the
 * progress row in transactions of the job's step size, a savepoint per ticket, on one connection. `vs raw` = tickets/s ÷ raw tickets/s.
 */
export async function bulkRow(ctx: BenchContext): Promise<RowResult> {
  try {
    const targets = await pickTargets(ctx);
    if (targets.length < SIZE) throw new Error(`only ${String(targets.length)} changeable tickets`);
    const ids = targets.map((t) => t.id);
    const apiTag = `bench-bulk-${ctx.runId}`;
    const rawTag = `bench-bulk-raw-${ctx.runId}`;
    ctx.onRestore(async (client) => {
      await client.query(
        `UPDATE tickets t SET tags = array_remove(array_remove(t.tags, $2), $3), updated_at = o.updated_at
           FROM jsonb_to_recordset($1::jsonb) AS o(id uuid, updated_at timestamptz)
          WHERE t.id = o.id`,
        [JSON.stringify(targets), apiTag, rawTag],
      );
    });
    const api = await apiBulk(ctx, ids, apiTag);
    const raw = await rawBulk(ctx, ids, rawTag);
    return {
      id: ID,
      label: LABEL,
      api: api.summary,
      raw: raw.summary,
      ratio: throughputRatio(api.summary, raw.summary),
      serverMeanMs: null,
      target: null,
      note:
        `per ticket (ms resolution); total ${seconds(api.wallMs)} POST → finished (first ticket after ` +
        `${seconds(api.firstMs)}), raw ${seconds(raw.wallMs)}; polled every ${String(POLL_MS)} ms`,
    };
  } catch (error) {
    return failedRow(ID, LABEL, null, error);
  }
}
