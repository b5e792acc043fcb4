import type { DbOrTx } from '../db/database';
import type { AuthContext } from '../lib/auth-context';
import type { RecordEventInput } from './record-event';
import { surveyInvitationProcessor } from '../surveys/survey-invitation-processor';
import { slaProcessor } from '../sla/sla-processor';

/**
 * A reaction that must commit or roll back with the change that caused it (SLA clocks, survey
 * invitations): it runs inside the command's transaction, right after the event row is written,
 * and sees the transaction's own writes. Reactions that may lag (realtime, email) run after
 * commit instead. Each processor must be cheap when the event is not its business.
 */
export type InTransactionProcessor = (tx: DbOrTx, ctx: AuthContext, event: RecordEventInput) => Promise<void>;

/** The processors, in order. Add one line per processor. */
const PROCESSORS: InTransactionProcessor[] = [
  slaProcessor, // SLA clocks (server/src/sla)
  surveyInvitationProcessor,
];

/** Runs every in-transaction processor for one recorded event. */
export async function runInTransactionProcessors(
  tx: DbOrTx,
  ctx: AuthContext,
  event: RecordEventInput,
): Promise<void> {
  for (const processor of PROCESSORS) await processor(tx, ctx, event);
}
