type Cleanup = () => Promise<void> | void;

const cleanups: { name: string; run: Cleanup }[] = [];
let running: Promise<void> | null = null;

/**
 * Registers something to undo when the run ends or is interrupted (server child, sockets,
 * embedded PostgreSQL). Cleanups run once, newest first. Returns a function that unregisters it.
 */
export function onShutdown(name: string, run: Cleanup): () => void {
  const entry = { name, run };
  cleanups.push(entry);
  return () => {
    const i = cleanups.indexOf(entry);
    if (i >= 0) cleanups.splice(i, 1);
  };
}

/** True once a shutdown has begun (errors after that are expected fallout, not failures). */
export function isShuttingDown(): boolean {
  return running !== null;
}

/** Runs every registered cleanup (newest first); a failing cleanup does not stop the others. */
export function shutdown(): Promise<void> {
  running ??= (async () => {
    while (cleanups.length > 0) {
      const entry = cleanups.pop();
      if (!entry) break;
      try {
        await entry.run();
      } catch (error) {
        process.stderr.write(`cleanup "${entry.name}" failed: ${String(error)}\n`);
      }
    }
  })();
  return running;
}

/** On Ctrl-C or SIGTERM: clean up, then exit with 130/143. */
export function installSignalHandlers(): void {
  const handle = (signal: NodeJS.Signals, code: number) => {
    process.stderr.write(`\n${signal}: stopping everything this run started…\n`);
    const force = setTimeout(() => process.exit(code), 20_000);
    force.unref();
    void shutdown().finally(() => process.exit(code));
  };
  process.once('SIGINT', () => {
    handle('SIGINT', 130);
  });
  process.once('SIGTERM', () => {
    handle('SIGTERM', 143);
  });
}
