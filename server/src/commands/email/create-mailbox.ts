import type { CreateMailboxInput, Mailbox } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { isUniqueViolation } from '../../db/pg-errors';
import { mailboxes, teams } from '../../db/schema';
import { recordEvent } from '../../events/record-event';
import { AppError } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { authorizeEmailAdmin } from '../../policies/email.policy';
import { presentMailbox } from '../../presenters/present-mailbox';
import { assertInWorkspace } from '../assert-in-workspace';
import { assertTemplates, imapColumns, smtpColumns } from './mailbox-columns';

/**
 * Adds a mailbox (admins). Its address must be unique across all workspaces (409), since the
 * SMTP server routes mail by it; the team must be of the workspace. Records `mailbox.created`.
 */
export async function createMailbox(
  db: DbOrTx,
  ctx: AuthContext,
  input: CreateMailboxInput,
): Promise<Mailbox> {
  authorizeEmailAdmin(ctx);
  assertTemplates(input.autoAckTemplates);
  try {
    return await db.transaction(async (tx) => {
      await assertInWorkspace(tx, teams, ctx.workspaceId, input.teamId, 'teamId');
      const [row] = await tx
        .insert(mailboxes)
        .values({
          workspaceId: ctx.workspaceId,
          name: input.name,
          address: input.address,
          fromName: input.fromName,
          teamId: input.teamId,
          active: input.active,
          autoAcknowledge: input.autoAcknowledge,
          autoAckTemplates: input.autoAckTemplates,
          ...smtpColumns(input.smtp),
          ...imapColumns(input.imap),
        })
        .returning();
      if (!row) throw new Error('mailbox insert returned nothing');
      await recordEvent(tx, ctx, {
        type: 'mailbox.created',
        entityId: row.id,
        changes: [
          { field: 'name', from: null, to: row.name },
          { field: 'address', from: null, to: row.address },
        ],
      });
      return presentMailbox(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', 'This address is already a mailbox');
    throw error;
  }
}
