import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';

const CANDIDATES = ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot'];

/** Path of Debian's dovecot binary (package dovecot-imapd), or null when it is not installed. */
export function findDovecot(): string | null {
  return CANDIDATES.find((file) => existsSync(file)) ?? null;
}

export interface TestImapServer {
  host: string;
  port: number;
  user: string;
  password: string;
  log: () => string;
  close: () => Promise<void>;
}

async function waitForPort(port: number, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`dovecot exited (${child.exitCode}):\n${output()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`dovecot did not listen on ${port}:\n${output()}`);
}

/**
 * A real IMAP server for tests: dovecot with a generated configuration in a temporary folder,
 * one passwd-file user with a plaintext password, maildir storage, listening on 127.0.0.1 on a
 * free port, no TLS. As root the mail processes run as `nobody` (dovecot refuses uid 0).
 */
export async function startDovecot(binary: string): Promise<TestImapServer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'atiende-dovecot-'));
  const root = process.getuid?.() === 0;
  const uid = root ? 65534 : (process.getuid?.() ?? 0);
  const gid = root ? 65534 : (process.getgid?.() ?? 0);
  const me = os.userInfo().username;
  const port = await freePort();
  const user = 'soporte';
  const password = 'imap-secret';
  await chmod(dir, 0o755);
  for (const sub of ['run', 'state', 'mail', 'home']) await mkdir(path.join(dir, sub), { recursive: true });
  if (root) {
    await chown(path.join(dir, 'mail'), uid, gid);
    await chown(path.join(dir, 'home'), uid, gid);
  }
  await writeFile(path.join(dir, 'passwd'), `${user}:{PLAIN}${password}::::::\n`);
  const config = [
    `base_dir = ${dir}/run`,
    `state_dir = ${dir}/state`,
    `log_path = ${dir}/dovecot.log`,
    `protocols = imap`,
    `listen = 127.0.0.1`,
    `ssl = no`,
    `disable_plaintext_auth = no`,
    `auth_mechanisms = plain login`,
    `mail_location = maildir:${dir}/mail/%u`,
    `first_valid_uid = ${uid}`,
    `first_valid_gid = ${gid}`,
    ...(root
      ? []
      : [`default_login_user = ${me}`, `default_internal_user = ${me}`, `default_internal_group = ${me}`]),
    `service imap-login {`,
    `  inet_listener imap {`,
    `    address = 127.0.0.1`,
    `    port = ${port}`,
    `  }`,
    `  inet_listener imaps {`,
    `    port = 0`,
    `  }`,
    `}`,
    `passdb {`,
    `  driver = passwd-file`,
    `  args = scheme=PLAIN username_format=%u ${dir}/passwd`,
    `}`,
    `userdb {`,
    `  driver = static`,
    `  args = uid=${uid} gid=${gid} home=${dir}/home/%u`,
    `}`,
    '',
  ].join('\n');
  await writeFile(path.join(dir, 'dovecot.conf'), config);
  const child = spawn(binary, ['-F', '-c', path.join(dir, 'dovecot.conf')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const log = () => output;
  await waitForPort(port, child, log);
  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    log,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
