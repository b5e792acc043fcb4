import { setTimeout as sleep } from 'node:timers/promises';
import type { SlaPolicy, SlaPolicyWriteResult, SlaRecomputeRun } from '@atiende/contracts';
import { failedRow, type BenchContext, type RowResult } from '../bench/context';
import { at } from '../gen/random';
import { captureSlaChunks, replaySlaRun, unresolvedTicketIds } from '../raw/sla-sql';
import { summarize, throughputRatio } from '../stats';

const ID = 'sla.recompute';
const LABEL = 'SLA: recompute unresolved tickets after a policy edit';
/** Tickets per chunk: the job's batch size, so the twin replays the same statements. */
const CHUNK = 500;
const POLL_MS = 100;
const TIMEOUT_MS = 600_000;

/** Polls the recompute run until it is finished or failed. */
async function waitForRun(ctx: BenchContext, id: string, startedMs: number): Promise<SlaRecomputeRun> {
  const session = at(ctx.sessions, 0);
  for (;;) {
    const run = await session.json<SlaRecomputeRun>('GET', `/api/sla/recompute-runs/${id}`);
    if (run.state === 'finished' || run.state === 'failed') return run;
    if (performance.now() - startedMs > TIMEOUT_MS) {
      throw new Error(
        `recompute still ${run.state} after ${String(TIMEOUT_MS / 1000)} s (${String(run.done)} done)`,
      );
    }
    await sleep(POLL_MS);
  }
}

/**
 * What an admin's policy edit costs: PATCH /api/sla/policies/:id (the "Estándar" policy, same
 * targets) starts a recompute run that the server's worker carries out over every unresolved
 * ticket in chunks; the row polls GET /api/sla/recompute-runs/:id until it is finished. n and
 * percentiles: whole runs; throughput: tickets/s. The raw twin replays, per chunk and in one
 * transaction each, the statements the server's `applySlaToTickets` sends for the same tickets
 * (captured), plus the progress update. `vs raw` = tickets/s ÷ raw tickets/s: the share left
 * after the job's own work (loading facts into JavaScript, computing business time, queueing).
 */
export async function slaRecomputeRow(ctx: BenchContext): Promise<RowResult> {
  try {
    const session = at(ctx.sessions, 0);
    const policies = await session.json<{ items: SlaPolicy[] }>('GET', '/api/sla/policies');
    const standard = policies.items.find((p) => p.name === 'Estándar');
    if (!standard) throw new Error('the bench workspace has no "Estándar" SLA policy');
    const runs = ctx.budgets.write.iterations >= 300 ? 3 : 2;

    const apiMs: number[] = [];
    let apiTickets = 0;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const res = await session.json<SlaPolicyWriteResult>('PATCH', `/api/sla/policies/${standard.id}`, {
        targets: standard.targets,
      });
      const end = await waitForRun(ctx, res.recompute.id, started);
      if (end.state === 'failed') throw new Error('the recompute run failed');
      apiMs.push(performance.now() - started);
      apiTickets += end.total;
    }

    const ids = await unresolvedTicketIds(ctx.pool, ctx.workspaceId);
    const chunks = await captureSlaChunks(ctx.pool, ctx.workspaceId, ids, CHUNK);
    const sizes = chunks.map((_c, i) => Math.min(CHUNK, ids.length - i * CHUNK));
    const rawMs: number[] = [];
    const client = await ctx.pool.connect();
    try {
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        await replaySlaRun(client, ctx.workspaceId, chunks, sizes);
        rawMs.push(performance.now() - started);
      }
    } finally {
      client.release();
    }
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const api = { ...summarize(apiMs, sum(apiMs)), throughput: apiTickets / (sum(apiMs) / 1000) };
    const raw = { ...summarize(rawMs, sum(rawMs)), throughput: (ids.length * runs) / (sum(rawMs) / 1000) };
    return {
      id: ID,
      label: LABEL,
      api,
      raw,
      ratio: throughputRatio(api, raw),
      target: null,
      note: `${ids.length.toLocaleString('en-US')} unresolved tickets per run, ${String(CHUNK)} per chunk; throughput in tickets/s`,
      sample: chunks[0]?.[0],
    };
  } catch (error) {
    return failedRow(ID, LABEL, null, error);
  }
}
