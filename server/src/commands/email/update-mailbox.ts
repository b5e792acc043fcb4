import { and, eq } from 'drizzle-orm';
import type { Mailbox, UpdateMailboxInput } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { isUniqueViolation } from '../../db/pg-errors';
import { mailboxes, teams } from '../../db/schema';
import { recordEvent } from '../../events/record-event';
import { AppError, notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { authorizeEmailAdmin } from '../../policies/email.policy';
import { presentMailbox } from '../../presenters/present-mailbox';
import { assertInWorkspace } from '../assert-in-workspace';
import { diffFields } from '../diff-fields';
import { assertTemplates, imapColumns, smtpColumns } from './mailbox-columns';

/**
 * Changes a mailbox (admins). Omitted SMTP/IMAP passwords are kept; `smtp: null` falls back to the
 * global relay, `imap: null` stops polling. Records `mailbox.updated` naming the changed fields
 * (never their secret values).
 */
export async function updateMailbox(
  db: DbOrTx,
  ctx: AuthContext,
  id: string,
  input: UpdateMailboxInput,
): Promise<Mailbox> {
  authorizeEmailAdmin(ctx);
  if (input.autoAckTemplates) assertTemplates(input.autoAckTemplates);
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx
        .select()
        .from(mailboxes)
        .where(and(eq(mailboxes.workspaceId, ctx.workspaceId), eq(mailboxes.id, id)))
        .for('update');
      if (!current) throw notFound('Mailbox');
      await assertInWorkspace(tx, teams, ctx.workspaceId, input.teamId, 'teamId');
      const { smtp, imap, ...plain } = input;
      const [row] = await tx
        .update(mailboxes)
        .set({
          ...plain,
          ...(smtp !== undefined ? smtpColumns(smtp, current) : {}),
          ...(imap !== undefined ? imapColumns(imap, current) : {}),
          updatedAt: new Date(),
        })
        .where(eq(mailboxes.id, id))
        .returning();
      if (!row) throw notFound('Mailbox');
      // Plain settings with their values; connection settings by name only (they hold secrets).
      const { autoAckTemplates: _templates, ...visible } = plain;
      const changes = [
        ...diffFields(current, visible),
        ...(['smtp', 'imap', 'autoAckTemplates'] as const)
          .filter((field) => input[field] !== undefined)
          .map((field) => ({ field, from: null, to: null })),
      ];
      if (changes.length > 0) await recordEvent(tx, ctx, { type: 'mailbox.updated', entityId: id, changes });
      return presentMailbox(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', 'This address is already a mailbox');
    throw error;
  }
}
