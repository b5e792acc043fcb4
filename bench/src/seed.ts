import { parseArgs } from 'node:util';
import { installSignalHandlers, isShuttingDown, onShutdown, shutdown } from './cli/shutdown';
import { openBenchDatabase } from './db/bench-database';
import { datasetSpec, databaseNameFor } from './gen/dataset-spec';
import { reportDatasetSize } from './seed/dataset-size';
import { formatDuration } from './seed/progress';
import { seedDataset } from './seed/seed-dataset';

const USAGE = `Usage: npm run bench:seed -- [--tickets 1000000] [--fresh]

Creates (or completes) the bench workspace with --tickets tickets (default 1,000,000), 1 contact
per 10 tickets, 1 company per 10 contacts, 50 agents in 6 teams. Re-running is safe: a complete
dataset is left alone, an interrupted one resumes. --fresh recreates it.
Database: BENCH_DATABASE_URL, or an embedded PostgreSQL in data/bench (port BENCH_PG_PORT, 54340).`;

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      tickets: { type: 'string', default: '1000000' },
      fresh: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  installSignalHandlers();
  const spec = datasetSpec(Number(values.tickets.replace(/[_,]/g, '')));
  const db = await openBenchDatabase(databaseNameFor(spec), log);
  onShutdown('database', db.stop);
  const outcome = await seedDataset(db.url, spec, { fresh: values.fresh, log });
  if (outcome.state === 'complete')
    log(`workspace ${spec.slug} is already complete; nothing to do (--fresh to redo)`);
  else log(`seeded ${spec.slug} in ${formatDuration(outcome.seconds)}`);
  await reportDatasetSize(db.url, outcome.workspaceId, log);
}

main()
  .catch((error: unknown) => {
    if (isShuttingDown()) return;
    process.stderr.write(
      `seed failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  })
  .finally(() => shutdown());
