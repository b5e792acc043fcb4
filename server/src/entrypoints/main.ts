import pino from 'pino';
import { loadConfig } from '../config';
import { startRuntime, type Runtime } from '../runtime';
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD } from '../seed/demo-data';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * The one binary: `node server/dist/main.js [--role web|worker|all]`. Configuration comes from
 * environment variables (see README). SIGINT/SIGTERM/SIGHUP stop everything cleanly — HTTP, jobs,
 * pools, then the embedded PostgreSQL — before the process exits.
 */
async function main(): Promise<void> {
  // Mutated by signal handlers while start-up is awaited.
  const state: { runtime: Runtime | null; stopRequested: string | null } = {
    runtime: null,
    stopRequested: null,
  };
  const shutdown = (signal: string) => {
    if (state.stopRequested) return;
    state.stopRequested = signal;
    if (!state.runtime) return; // still starting: stop as soon as start-up finishes
    log.info({ signal }, 'shutting down');
    state.runtime.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  for (const signal of SIGNALS) {
    process.on(signal, () => {
      shutdown(signal);
    });
  }

  const config = loadConfig(process.env, process.argv.slice(2));
  const log = pino({ level: config.logLevel });
  const startedAt = performance.now();
  const runtime = await startRuntime(config, log);
  state.runtime = runtime;
  const ms = Math.round(performance.now() - startedAt);
  const pending = state.stopRequested;
  if (pending) {
    state.stopRequested = null;
    shutdown(pending);
    return;
  }
  if (runtime.url) {
    log.info({ url: runtime.url, role: config.role, startupMs: ms }, 'Atiende is ready');
    process.stdout.write(
      `\n  Atiende is ready at ${runtime.url}  (started in ${ms} ms)\n` +
        (config.seedDemo ? `  Demo sign-in: ${DEMO_ADMIN_EMAIL} / ${DEMO_PASSWORD}\n\n` : '\n'),
    );
  } else {
    log.info({ role: config.role, startupMs: ms }, 'Atiende worker is running');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Atiende failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
