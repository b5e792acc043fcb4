import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { budgetsFor } from './bench/budgets';
import type { BenchContext, RowResult } from './bench/context';
import { resetToSeeded } from './bench/dataset-reset';
import { keepAlive } from './bench/http-client';
import { MemorySampler, postmasterOf, type MemoryReport } from './bench/memory';
import { ensureBuild, startServer } from './bench/server-process';
import { signInAll } from './bench/sign-in';
import { parseBenchOptions, USAGE } from './cli/bench-options';
import { installSignalHandlers, isShuttingDown, onShutdown, shutdown } from './cli/shutdown';
import { BENCH_DATA_DIR, openBenchDatabase, REPO_ROOT } from './db/bench-database';
import { databaseNameFor, datasetSpec, SPAN_DAYS, type DatasetSpec } from './gen/dataset-spec';
import { buildCompanies, buildContacts } from './gen/people';
import { hashSeed, mulberry32 } from './gen/random';
import { buildStaff } from './gen/staff';
import { loadComparison, type Comparison } from './report/compare';
import { explainRows } from './report/explain';
import { toSavedResults, writeResults } from './report/results-file';
import { resultsTable } from './report/table';
import { GROUPS } from './rows/registry';
import { measureDataset, type DatasetSize } from './seed/dataset-size';
import { formatDuration } from './seed/progress';
import { seedDataset } from './seed/seed-dataset';

const log = (line: string) => process.stderr.write(`${line}\n`);
const DAY = 86_400_000;

async function runRows(ctx: BenchContext, only: readonly string[]): Promise<RowResult[]> {
  const rows: RowResult[] = [];
  for (const group of GROUPS) {
    if (isShuttingDown()) break;
    if (only.length > 0 && !only.some((p) => group.prefix.startsWith(p) || p.startsWith(group.prefix)))
      continue;
    const started = performance.now();
    log(`running ${group.prefix}…`);
    const result = await group.run(ctx);
    const list = Array.isArray(result) ? result : [result];
    rows.push(
      ...list.filter(
        (row) => only.length === 0 || only.some((p) => row.id.startsWith(p) || p.startsWith(row.id)),
      ),
    );
    log(`  done in ${formatDuration((performance.now() - started) / 1000)}`);
  }
  return rows;
}

async function main(): Promise<void> {
  const opts = parseBenchOptions();
  if (!opts) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  installSignalHandlers();
  const startedAt = new Date();
  const spec: DatasetSpec = datasetSpec(opts.tickets);
  const comparison: Comparison | undefined = opts.compare
    ? await loadComparison(opts.compare, spec.tickets)
    : undefined;
  await ensureBuild(opts.build, log);

  const db = await openBenchDatabase(databaseNameFor(spec), log);
  onShutdown('database', db.stop);
  const seeded = await seedDataset(db.url, spec, { fresh: false, log });
  if (seeded.state === 'seeded') log(`dataset ${spec.slug} seeded in ${formatDuration(seeded.seconds)}`);

  const pool = new pg.Pool({ connectionString: db.url, max: 40 });
  pool.on('error', () => undefined);
  onShutdown('raw connections', () => pool.end());
  const ws = await pool.query<{ created_at: Date }>('SELECT created_at FROM workspaces WHERE id = $1', [
    seeded.workspaceId,
  ]);
  const startMs = ws.rows[0]?.created_at.getTime();
  if (startMs === undefined) throw new Error('bench workspace vanished');
  const endMs = startMs + SPAN_DAYS * DAY;
  const reset = async () => {
    const client = await pool.connect();
    try {
      await resetToSeeded(client, seeded.workspaceId, spec, endMs);
    } finally {
      client.release();
    }
  };
  await reset();
  const size: DatasetSize = await measureDataset(db.url, seeded.workspaceId);

  const server = await startServer(db.url, path.join(BENCH_DATA_DIR, 'server'));
  onShutdown('server', server.stop);
  log(`server pid ${server.pid} at ${server.url}`);
  const sampler = new MemorySampler(server.pid, await postmasterOf(pool));
  sampler.start();

  const staff = buildStaff(spec);
  const restores: ((client: pg.ClientBase) => Promise<void>)[] = [];
  const ctx: BenchContext = {
    baseUrl: server.url,
    smtpPort: server.smtpPort,
    pool,
    workspaceId: seeded.workspaceId,
    spec,
    staff,
    contacts: buildContacts(spec, buildCompanies(spec)),
    sessions: await signInAll(
      server.url,
      staff.agents.map((a) => a.email),
    ),
    actor: {
      workspaceId: seeded.workspaceId,
      agentId: staff.agents[0]?.id ?? '',
      agentName: staff.agents[0]?.name ?? '',
    },
    endMs,
    budgets: budgetsFor(opts.quick),
    rng: mulberry32(hashSeed(spec.seed, 'bench', startedAt.getTime())),
    runId: randomBytes(4).toString('hex'),
    log,
    onRestore: (step) => restores.push(step),
  };

  let rows: RowResult[];
  let memory: MemoryReport;
  try {
    rows = await runRows(ctx, opts.only);
  } finally {
    memory = await sampler.stop();
    await server.stop();
    keepAlive.destroy();
    const client = await pool.connect();
    try {
      for (const step of restores) await step(client);
    } finally {
      client.release();
    }
    await reset();
  }

  const results = toSavedResults({
    startedAt,
    quick: opts.quick,
    repoRoot: REPO_ROOT,
    tickets: spec.tickets,
    slug: spec.slug,
    size,
    memory,
    rows,
  });
  await writeResults(opts.out, results);

  const lines = [
    '',
    `Atiende bench — ${spec.tickets.toLocaleString('en-US')} tickets (${size.messages.toLocaleString('en-US')} messages), ` +
      `${results.machine.cpus} cores, Node ${process.version}, load ${results.machine.loadAverage}${opts.quick ? ' — QUICK run: targets are defined at 1M tickets' : ''}`,
    ...(comparison ? [comparison.description] : []),
    '',
    resultsTable(rows, comparison?.byId),
    '',
    `peak RSS: server ${memory.serverPeakMiB ?? '?'} MiB (VmHWM); PostgreSQL ${memory.postgresPeakMiB ?? '?'} MiB ` +
      `(sampled Σ private + shared, ${memory.postgresProcesses} processes; largest single VmHWM ${memory.postgresMaxProcessHwmMiB ?? '?'} MiB)`,
    `results written to ${opts.out.startsWith(REPO_ROOT) ? path.relative(REPO_ROOT, opts.out) : opts.out}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (opts.explain !== 'none') {
    const plans = await explainRows(pool, rows, opts.explain === 'all');
    process.stdout.write(plans ? `\n${plans}\n` : '\nno failing row to explain\n');
  }
}

main()
  .catch((error: unknown) => {
    if (isShuttingDown()) return;
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  })
  .finally(() => shutdown());
