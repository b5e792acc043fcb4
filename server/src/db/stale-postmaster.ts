import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';

/** Whether a process with this pid exists (signal 0 only probes). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function isPostgresServing(pid: number, dataDir: string): Promise<boolean> {
  try {
    const cmdline = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
    return cmdline.some((part) => part.endsWith('postgres')) && cmdline.includes(dataDir);
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

export type StalePostmasterOutcome = 'none' | 'removed-stale-pid' | 'stopped-orphan';

/**
 * Makes the data directory startable after a crash. A postmaster.pid whose process is gone (or is
 * some unrelated process that reused the pid) is deleted; a PostgreSQL still serving this data
 * directory — orphaned when the app was killed with SIGKILL — is asked to shut down cleanly
 * (SIGINT, fast shutdown, no data loss) so that this process can own it again.
 */
export async function clearStalePostmaster(dataDir: string): Promise<StalePostmasterOutcome> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  let content: string;
  try {
    content = await readFile(pidFile, 'utf8');
  } catch {
    return 'none';
  }
  const pid = Number.parseInt(content.split('\n')[0] ?? '', 10);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && (await isPostgresServing(pid, dataDir))) {
    process.kill(pid, 'SIGINT');
    if (!(await waitForExit(pid, 30_000))) {
      process.kill(pid, 'SIGQUIT');
      await waitForExit(pid, 10_000);
    }
    // PostgreSQL removes its own pid file on a clean shutdown; remove it if the kill was not clean.
    await rm(pidFile, { force: true });
    return 'stopped-orphan';
  }
  await rm(pidFile, { force: true });
  return 'removed-stale-pid';
}
