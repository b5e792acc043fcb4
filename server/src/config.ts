import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Process roles: `web` serves HTTP/WebSocket, `worker` runs pg-boss jobs, `all` does both. */
export const ProcessRole = z.enum(['all', 'web', 'worker']);
export type ProcessRole = z.infer<typeof ProcessRole>;

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  ROLE: ProcessRole.default('all'),
  SEED_DEMO: bool.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .default(24 * 14),
  MAX_ATTACHMENT_MB: z.coerce.number().positive().max(1024).default(25),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(10),
  LOGIN_WINDOW_MINUTES: z.coerce.number().positive().default(15),
  DB_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(10),
  WEB_DIST_DIR: z.string().optional(),
});

export interface Config {
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  embeddedPgPort: number;
  role: ProcessRole;
  seedDemo: boolean;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  /** `auto` marks the cookie Secure when the request arrived over HTTPS (or via a TLS proxy). */
  cookieSecure: 'auto' | boolean;
  sessionTtlMs: number;
  maxAttachmentBytes: number;
  loginMaxFailures: number;
  loginWindowMs: number;
  dbPoolSize: number;
  webDistDir: string | undefined;
}

/**
 * Reads configuration from environment variables (documented in the README) and CLI flags
 * (`--role web|worker|all`). Invalid values stop the process with a message naming the variable,
 * rather than starting with a surprising default.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = []): Config {
  const roleFlag = argv.indexOf('--role');
  const merged = { ...env };
  if (roleFlag >= 0 && argv[roleFlag + 1]) merged.ROLE = argv[roleFlag + 1];
  const parsed = EnvSchema.safeParse(merged);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${details}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL && e.DATABASE_URL !== '' ? e.DATABASE_URL : undefined,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    role: e.ROLE,
    seedDemo: e.SEED_DEMO,
    logLevel: e.LOG_LEVEL,
    cookieSecure: e.COOKIE_SECURE === 'auto' ? 'auto' : e.COOKIE_SECURE === 'true',
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    maxAttachmentBytes: Math.round(e.MAX_ATTACHMENT_MB * 1024 * 1024),
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginWindowMs: e.LOGIN_WINDOW_MINUTES * 60_000,
    dbPoolSize: e.DB_POOL_SIZE,
    webDistDir: e.WEB_DIST_DIR,
  };
}
