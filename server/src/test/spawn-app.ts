import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface SpawnedApp {
  child: ChildProcess;
  /** Base URL printed by the process once ready (null for a worker). */
  url: string | null;
  output: () => string;
  /** Sends the signal and resolves with the exit code. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

/**
 * Starts the real entrypoint (src/entrypoints/main.ts through tsx) as a separate OS process,
 * as production would, and waits for its "ready" line.
 */
export function spawnApp(
  env: Record<string, string>,
  args: string[] = [],
  readyPattern = /Atiende is ready at (\S+)/,
): Promise<SpawnedApp> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/entrypoints/main.ts', ...args], {
    cwd: serverDir,
    env: { ...process.env, LOG_LEVEL: 'warn', SMTP_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`app did not start in time:\n${log}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = readyPattern.exec(log);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        child,
        url: match[1] ?? null,
        output: () => log,
        stop: (signal = 'SIGTERM') => {
          child.kill(signal);
          return exited;
        },
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`app exited (${String(code)}) before it was ready:\n${log}`));
    });
  });
}
