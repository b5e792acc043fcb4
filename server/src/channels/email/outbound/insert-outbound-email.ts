import type { DbOrTx } from '../../../db/database';
import { outboundEmails } from '../../../db/schema';
import type { JobSender } from '../../../jobs/job-sender';
import { EMAIL_QUEUES } from '../queues';

export interface OutboundEmailInput {
  workspaceId: string;
  ticketId: string;
  messageId: string;
  mailboxId: string;
  kind: 'reply' | 'auto_ack';
  subject: string;
  to: string[];
  cc: string[];
}

/**
 * Puts a message in the outbox (status `queued`) and its sending job on the queue, both in the
 * caller's transaction: if the message commits, it will be sent (or end `failed` with the error).
 */
export async function insertOutboundEmail(
  tx: DbOrTx,
  jobs: JobSender,
  input: OutboundEmailInput,
): Promise<string> {
  const [row] = await tx
    .insert(outboundEmails)
    .values({
      workspaceId: input.workspaceId,
      ticketId: input.ticketId,
      messageId: input.messageId,
      mailboxId: input.mailboxId,
      kind: input.kind,
      subject: input.subject,
      toAddresses: input.to,
      ccAddresses: input.cc,
    })
    .returning({ id: outboundEmails.id });
  if (!row) throw new Error('outbound insert returned nothing');
  await jobs.send(tx, EMAIL_QUEUES.sendOutbound, { outboundEmailId: row.id });
  return row.id;
}
