import pino from 'pino';
import { loadConfig } from '../config';
import { startRuntime } from '../runtime';
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD } from '../seed/demo-data';

/**
 * The one binary: `node server/dist/main.js [--role web|worker|all]`. Configuration comes from
 * environment variables (see README). SIGINT/SIGTERM stop everything cleanly, including the
 * embedded PostgreSQL.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env, process.argv.slice(2));
  const log = pino({ level: config.logLevel });
  const startedAt = performance.now();
  const runtime = await startRuntime(config, log);
  const ms = Math.round(performance.now() - startedAt);
  if (runtime.url) {
    log.info({ url: runtime.url, role: config.role, startupMs: ms }, 'Atiende is ready');
    process.stdout.write(
      `\n  Atiende is ready at ${runtime.url}  (started in ${ms} ms)\n` +
        (config.seedDemo ? `  Demo sign-in: ${DEMO_ADMIN_EMAIL} / ${DEMO_PASSWORD}\n\n` : '\n'),
    );
  } else {
    log.info({ role: config.role, startupMs: ms }, 'Atiende worker is running');
  }

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    runtime.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => {
    shutdown('SIGINT');
  });
  process.on('SIGTERM', () => {
    shutdown('SIGTERM');
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Atiende failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
