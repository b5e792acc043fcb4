import { and, asc, eq } from 'drizzle-orm';
import type { Mailbox } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { mailboxes } from '../db/schema';
import { notFound } from '../lib/app-error';
import type { AuthContext } from '../lib/auth-context';
import { authorizeEmailAdmin } from '../policies/email.policy';
import { presentMailbox } from '../presenters/present-mailbox';

/** The workspace's mailboxes by name (admins). */
export async function listMailboxes(db: DbOrTx, ctx: AuthContext): Promise<Mailbox[]> {
  authorizeEmailAdmin(ctx);
  const rows = await db
    .select()
    .from(mailboxes)
    .where(eq(mailboxes.workspaceId, ctx.workspaceId))
    .orderBy(asc(mailboxes.name), asc(mailboxes.id));
  return rows.map(presentMailbox);
}

/** One mailbox of the workspace (admins); `not_found` for any other id. */
export async function getMailbox(db: DbOrTx, ctx: AuthContext, id: string): Promise<Mailbox> {
  authorizeEmailAdmin(ctx);
  const [row] = await db
    .select()
    .from(mailboxes)
    .where(and(eq(mailboxes.workspaceId, ctx.workspaceId), eq(mailboxes.id, id)));
  if (!row) throw notFound('Mailbox');
  return presentMailbox(row);
}
