import { and, desc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { InboundEmail, InboundEmailListQuery } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { inboundEmails } from '../db/schema';
import { notFound } from '../lib/app-error';
import type { AuthContext } from '../lib/auth-context';
import { authorizeEmailAdmin } from '../policies/email.policy';
import { presentInboundEmail } from '../presenters/present-inbound-email';
import { decodeCursor, encodeCursor } from './keyset-cursor';

const { raw: _raw, ...summaryColumns } = getTableColumns(inboundEmails);

/** Received mail, newest first, filtered by status and mailbox, keyset-paginated (admins). */
export async function listInboundEmails(
  db: DbOrTx,
  ctx: AuthContext,
  q: InboundEmailListQuery,
): Promise<{ items: InboundEmail[]; nextCursor: string | null }> {
  authorizeEmailAdmin(ctx);
  const conditions: SQL[] = [eq(inboundEmails.workspaceId, ctx.workspaceId)];
  if (q.status) conditions.push(eq(inboundEmails.status, q.status));
  if (q.mailboxId) conditions.push(eq(inboundEmails.mailboxId, q.mailboxId));
  if (q.cursor) {
    const [at, id] = decodeCursor(q.cursor, 'received', 2);
    conditions.push(
      sql`(${inboundEmails.receivedAt}, ${inboundEmails.id}) < (${String(at)}::timestamptz, ${String(id)}::uuid)`,
    );
  }
  const rows = await db
    .select(summaryColumns)
    .from(inboundEmails)
    .where(and(...conditions))
    .orderBy(desc(inboundEmails.receivedAt), desc(inboundEmails.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentInboundEmail),
    nextCursor:
      rows.length > q.limit && last
        ? encodeCursor('received', [last.receivedAt.toISOString(), last.id])
        : null,
  };
}

/** One inbound email of the workspace (admins). */
export async function getInboundEmail(db: DbOrTx, ctx: AuthContext, id: string): Promise<InboundEmail> {
  authorizeEmailAdmin(ctx);
  const [row] = await db
    .select(summaryColumns)
    .from(inboundEmails)
    .where(and(eq(inboundEmails.workspaceId, ctx.workspaceId), eq(inboundEmails.id, id)));
  if (!row) throw notFound('Inbound email');
  return presentInboundEmail(row);
}

/** The raw bytes of an inbound email exactly as received (admins). */
export async function getInboundEmailRaw(db: DbOrTx, ctx: AuthContext, id: string): Promise<Buffer> {
  authorizeEmailAdmin(ctx);
  const [row] = await db
    .select({ raw: inboundEmails.raw })
    .from(inboundEmails)
    .where(and(eq(inboundEmails.workspaceId, ctx.workspaceId), eq(inboundEmails.id, id)));
  if (!row) throw notFound('Inbound email');
  return row.raw;
}
