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
  JOBS_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,49}$/, 'a PostgreSQL schema name')
    .default('pgboss'),
  SMTP_PORT: z.coerce.number().int().min(0).max(65535).default(2525),
  SMTP_HOST: z.string().default('0.0.0.0'),
  SMTP_TLS_CERT_FILE: z.string().optional(),
  SMTP_TLS_KEY_FILE: z.string().optional(),
  SMTP_RELAY_URL: z
    .string()
    .regex(/^(?:smtps?:\/\/.+)?$/, 'an smtp:// or smtps:// URL')
    .optional(),
  EMAIL_REPLY_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+$/i, 'a domain name')
    .optional(),
  EMAIL_MAX_MESSAGE_MB: z.coerce.number().positive().max(1024).default(40),
  EMAIL_SENDER_RATE_LIMIT: z.coerce.number().int().positive().default(20),
  EMAIL_SENDER_RATE_WINDOW_MINUTES: z.coerce.number().positive().default(10),
  EMAIL_INGEST_CONCURRENCY: z.coerce.number().int().min(0).max(64).default(4),
});

/** Email channel settings (see README, "Email"). */
export interface EmailConfig {
  /** Port of the built-in SMTP server; 0 = not started. Runs in the `worker` and `all` roles. */
  smtpPort: number;
  /** SMTP_PORT was set: failing to listen stops the process. The default port is best effort. */
  smtpPortExplicit: boolean;
  smtpHost: string;
  /** PEM files enabling STARTTLS on the built-in SMTP server; both or neither. */
  smtpTls: { certFile: string; keyFile: string } | null;
  /** Outgoing relay for mailboxes without their own SMTP settings, e.g. `smtp://user:pass@host:587`. */
  relayUrl: string | null;
  /** Domain of our reply addresses (`reply+<token>@…`) and of the Message-IDs we generate. */
  replyDomain: string;
  maxMessageBytes: number;
  /** More than this many messages from one sender to one mailbox within the window are kept but not ticketed. */
  senderRateLimit: number;
  senderRateWindowMs: number;
  /** Inbound messages processed at once by this process; 0 = this process only receives. */
  ingestConcurrency: number;
}

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
  /** PostgreSQL schema of the pg-boss job tables. */
  jobsSchema: string;
  email: EmailConfig;
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
  const publicUrl = e.PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl,
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
    jobsSchema: e.JOBS_SCHEMA,
    email: emailConfig(e, publicUrl, merged.SMTP_PORT !== undefined && merged.SMTP_PORT !== ''),
  };
}

function emailConfig(e: z.infer<typeof EnvSchema>, publicUrl: string, smtpPortSet: boolean): EmailConfig {
  if (Boolean(e.SMTP_TLS_CERT_FILE) !== Boolean(e.SMTP_TLS_KEY_FILE)) {
    throw new Error('Invalid configuration: set both SMTP_TLS_CERT_FILE and SMTP_TLS_KEY_FILE, or neither');
  }
  return {
    smtpPort: e.SMTP_PORT,
    smtpPortExplicit: smtpPortSet,
    smtpHost: e.SMTP_HOST,
    smtpTls:
      e.SMTP_TLS_CERT_FILE && e.SMTP_TLS_KEY_FILE
        ? { certFile: e.SMTP_TLS_CERT_FILE, keyFile: e.SMTP_TLS_KEY_FILE }
        : null,
    relayUrl: e.SMTP_RELAY_URL && e.SMTP_RELAY_URL !== '' ? e.SMTP_RELAY_URL : null,
    replyDomain: (e.EMAIL_REPLY_DOMAIN ?? new URL(publicUrl).hostname).toLowerCase(),
    maxMessageBytes: Math.round(e.EMAIL_MAX_MESSAGE_MB * 1024 * 1024),
    senderRateLimit: e.EMAIL_SENDER_RATE_LIMIT,
    senderRateWindowMs: e.EMAIL_SENDER_RATE_WINDOW_MINUTES * 60_000,
    ingestConcurrency: e.EMAIL_INGEST_CONCURRENCY,
  };
}
