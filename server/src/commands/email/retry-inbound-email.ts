import { and, eq } from 'drizzle-orm';
import { getTableColumns } from 'drizzle-orm';
import type { InboundEmail } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { inboundEmails } from '../../db/schema';
import { recordEvent } from '../../events/record-event';
import type { JobSender } from '../../jobs/job-sender';
import { AppError, notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { authorizeEmailAdmin } from '../../policies/email.policy';
import { presentInboundEmail } from '../../presenters/present-inbound-email';
import { EMAIL_QUEUES } from '../../channels/email/queues';

const { raw: _raw, ...summaryColumns } = getTableColumns(inboundEmails);

/**
 * Re-processes a failed or rate-limited inbound email (admins): back to `received` with a new
 * processing job in the same transaction; a rate-limited one is processed despite the limit.
 * A processed message is a 409 (it already has its outcome). Records `inbound_email.retried`.
 */
export async function retryInboundEmail(
  db: DbOrTx,
  jobs: JobSender,
  ctx: AuthContext,
  id: string,
): Promise<InboundEmail> {
  authorizeEmailAdmin(ctx);
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select(summaryColumns)
      .from(inboundEmails)
      .where(and(eq(inboundEmails.workspaceId, ctx.workspaceId), eq(inboundEmails.id, id)))
      .for('update');
    if (!current) throw notFound('Inbound email');
    if (current.status === 'processed') throw new AppError('conflict', 'This email was already processed');
    const [row] = await tx
      .update(inboundEmails)
      .set({ status: 'received', updatedAt: new Date() })
      .where(eq(inboundEmails.id, id))
      .returning(summaryColumns);
    if (!row) throw notFound('Inbound email');
    await jobs.send(tx, EMAIL_QUEUES.processInbound, { inboundEmailId: id, force: true });
    await recordEvent(tx, ctx, {
      type: 'inbound_email.retried',
      entityId: id,
      changes: [{ field: 'status', from: current.status, to: 'received' }],
    });
    return presentInboundEmail(row);
  });
}
