import { and, eq, gt, or, sql } from 'drizzle-orm';
import type { LoginInput } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { agents, loginAttempts, sessions } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { burnVerification, verifyPassword } from '../../lib/passwords';
import { randomSecret, sha256 } from '../../lib/secrets';

export interface SignInLimits {
  maxFailures: number;
  windowMs: number;
  sessionTtlMs: number;
}

export interface SignInResult {
  /** Cookie value; only its hash is stored. */
  sessionToken: string;
  csrfToken: string;
  ctx: AuthContext;
  expiresAt: Date;
}

/**
 * Signs an agent in by email and password and opens a session. Failures are counted per email
 * and per IP in the database (so the limit holds across app processes); past the limit the
 * answer is `rate_limited` even for a correct password. The error never says which part was wrong.
 */
export async function signIn(
  db: DbOrTx,
  input: LoginInput,
  client: { ip: string; userAgent: string | null },
  limits: SignInLimits,
): Promise<SignInResult> {
  const email = input.email.toLowerCase();
  const since = new Date(Date.now() - limits.windowMs);
  const [recent] = await db
    .select({
      byEmail: sql<number>`count(*) FILTER (WHERE ${loginAttempts.email} = ${email})::int`,
      byIp: sql<number>`count(*) FILTER (WHERE ${loginAttempts.ip} = ${client.ip})::int`,
    })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.succeeded, false),
        gt(loginAttempts.createdAt, since),
        or(eq(loginAttempts.email, email), eq(loginAttempts.ip, client.ip)),
      ),
    );
  if ((recent?.byEmail ?? 0) >= limits.maxFailures || (recent?.byIp ?? 0) >= limits.maxFailures * 5) {
    throw new AppError('rate_limited', 'Too many failed sign-in attempts. Try again in a few minutes.');
  }

  const [agent] = await db
    .select()
    .from(agents)
    .where(sql`lower(${agents.email}) = ${email}`)
    .limit(1);
  const ok = agent ? agent.active && (await verifyPassword(agent.passwordHash, input.password)) : false;
  if (!agent) await burnVerification(input.password);
  await db.insert(loginAttempts).values({ email, ip: client.ip, succeeded: ok });
  if (!agent || !ok) throw new AppError('unauthenticated', 'Email or password is incorrect');

  const sessionToken = randomSecret();
  const csrfToken = randomSecret(24);
  const expiresAt = new Date(Date.now() + limits.sessionTtlMs);
  await db.insert(sessions).values({
    id: sha256(sessionToken),
    workspaceId: agent.workspaceId,
    agentId: agent.id,
    csrfToken,
    userAgent: client.userAgent?.slice(0, 500) ?? null,
    ip: client.ip,
    expiresAt,
  });
  const ctx: AuthContext = {
    workspaceId: agent.workspaceId,
    actor: { type: 'agent', id: agent.id, name: agent.name },
    role: agent.role,
    agentId: agent.id,
    via: 'session',
  };
  return { sessionToken, csrfToken, ctx, expiresAt };
}

/** Ends a session (logout); unknown tokens are ignored so logout is idempotent. */
export async function signOut(db: DbOrTx, sessionToken: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sha256(sessionToken)));
}
