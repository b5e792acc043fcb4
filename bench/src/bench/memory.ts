import { readdir, readFile } from 'node:fs/promises';
import type pg from 'pg';

/** Memory figures of one process from /proc/<pid>/status, in KiB. */
export interface ProcMemory {
  vmHwm: number;
  vmRss: number;
  rssAnon: number;
  rssShmem: number;
}

/** Reads VmHWM (peak RSS), VmRSS and its anonymous/shared parts; null when the process is gone. */
export async function readProcMemory(pid: number): Promise<ProcMemory | null> {
  let text: string;
  try {
    text = await readFile(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
  return {
    vmHwm: field('VmHWM'),
    vmRss: field('VmRSS'),
    rssAnon: field('RssAnon'),
    rssShmem: field('RssShmem'),
  };
}

/** The parent pid of a process (field 4 of /proc/<pid>/stat), or null. */
export async function parentPid(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(afterName[1]);
    return Number.isInteger(ppid) ? ppid : null;
  } catch {
    return null;
  }
}

/** The postmaster and all its children (backends, checkpointer, walwriter, …). */
async function postgresFamily(postmaster: number): Promise<number[]> {
  const pids = [postmaster];
  for (const entry of await readdir('/proc')) {
    const pid = Number(entry);
    if (Number.isInteger(pid) && pid !== postmaster && (await parentPid(pid)) === postmaster) pids.push(pid);
  }
  return pids;
}

/** Peak memory seen for the server and for PostgreSQL during a run, in MiB. */
export interface MemoryReport {
  serverPeakMiB: number | null;
  /** Peak of Σ anonymous RSS of all postgres processes + the largest shared-memory RSS (shared buffers counted once). */
  postgresPeakMiB: number | null;
  /** Largest VmHWM of a single postgres process. */
  postgresMaxProcessHwmMiB: number | null;
  postgresProcesses: number;
}

/**
 * Samples the server child and the PostgreSQL processes every 500 ms. The server's figure is its
 * own VmHWM (kernel-tracked peak); PostgreSQL's is a sampled peak because its processes share
 * memory and their peaks cannot simply be added.
 */
export class MemorySampler {
  private timer: NodeJS.Timeout | null = null;
  private postgresPeakKiB = 0;
  private postgresMaxHwmKiB = 0;
  private postgresProcesses = 0;
  private serverHwmKiB = 0;
  private sampling = false;

  constructor(
    private readonly serverPid: number,
    private readonly postmasterPid: number | null,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.sample(), 500);
    this.timer.unref();
  }

  private async sample(): Promise<void> {
    if (this.sampling) return;
    this.sampling = true;
    try {
      const server = await readProcMemory(this.serverPid);
      if (server) this.serverHwmKiB = Math.max(this.serverHwmKiB, server.vmHwm);
      if (this.postmasterPid === null) return;
      let anon = 0;
      let shared = 0;
      const family = await postgresFamily(this.postmasterPid);
      this.postgresProcesses = Math.max(this.postgresProcesses, family.length);
      for (const pid of family) {
        const m = await readProcMemory(pid);
        if (!m) continue;
        anon += m.rssAnon;
        shared = Math.max(shared, m.rssShmem);
        this.postgresMaxHwmKiB = Math.max(this.postgresMaxHwmKiB, m.vmHwm);
      }
      this.postgresPeakKiB = Math.max(this.postgresPeakKiB, anon + shared);
    } finally {
      this.sampling = false;
    }
  }

  /** Takes a last sample and stops. */
  async stop(): Promise<MemoryReport> {
    if (this.timer) clearInterval(this.timer);
    await this.sample();
    const mib = (kib: number) => (kib > 0 ? Math.round(kib / 1024) : null);
    return {
      serverPeakMiB: mib(this.serverHwmKiB),
      postgresPeakMiB: mib(this.postgresPeakKiB),
      postgresMaxProcessHwmMiB: mib(this.postgresMaxHwmKiB),
      postgresProcesses: this.postgresProcesses,
    };
  }
}

/** The postmaster serving `pool`, found as the parent of one of its backends (local servers only). */
export async function postmasterOf(pool: pg.Pool): Promise<number | null> {
  const found = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  const backend = found.rows[0]?.pid;
  return backend === undefined ? null : parentPid(backend);
}
