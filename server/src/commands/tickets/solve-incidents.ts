import { and, asc, eq, notInArray } from 'drizzle-orm';
import type { SolveProblemInput, SolveProblemResult } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { ticketLinks, tickets } from '../../db/schema';
import type { JobSender } from '../../jobs/job-sender';
import { AppError, notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { authorize } from '../../policies/abilities';
import { addMessage } from './add-message';
import { updateTicket } from './update-ticket';

const DONE = ['solved', 'closed', 'trashed'] as const;

/**
 * Replies and solves one ticket atomically: the public reply (emailed on email tickets) and the
 * solve commit together or not at all, so nobody is told "solved" on a ticket that stayed open.
 * Returns false when the ticket was solved, closed or trashed meanwhile (nothing done).
 */
async function replyAndSolve(
  db: DbOrTx,
  ctx: AuthContext,
  ticketId: string,
  bodyText: string,
  jobs: JobSender | undefined,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ status: tickets.status })
      .from(tickets)
      .where(and(eq(tickets.workspaceId, ctx.workspaceId), eq(tickets.id, ticketId)))
      .for('update');
    if (!current || (DONE as readonly string[]).includes(current.status)) return false;
    await addMessage(tx, ctx, ticketId, { kind: 'reply', bodyText, attachmentIds: [] }, jobs ? { jobs } : {});
    await updateTicket(tx, ctx, ticketId, { status: 'solved', resolution: 'finalized' });
    return true;
  });
}

/**
 * Solves a problem and every linked incident not yet solved, closed or trashed, with the same
 * public reply to each requester, through `addMessage` and `updateTicket` (so the lifecycle rules,
 * such as required-on-solve fields, apply). One transaction per ticket, not one for all: an
 * incident a rule keeps open is reported in `failedIncidents` and the others are still solved.
 * The problem goes first and its own refusal is the caller's error (nothing is done then); an
 * already solved problem is left as is and only its incidents are solved. A closed or trashed
 * problem answers 409.
 */
export async function solveIncidents(
  db: DbOrTx,
  ctx: AuthContext,
  problemId: string,
  input: SolveProblemInput,
  options: { jobs?: JobSender } = {},
): Promise<SolveProblemResult> {
  authorize(ctx, 'tickets.manage');
  const [problem] = await db
    .select({ id: tickets.id, number: tickets.number, status: tickets.status })
    .from(tickets)
    .where(and(eq(tickets.workspaceId, ctx.workspaceId), eq(tickets.id, problemId)));
  if (!problem) throw notFound('Ticket');
  if (problem.status === 'closed' || problem.status === 'trashed') {
    throw new AppError(
      'conflict',
      `#${problem.number} is ${problem.status}; its incidents cannot be solved from it`,
    );
  }
  await replyAndSolve(db, ctx, problem.id, input.bodyText, options.jobs);

  const incidents = await db
    .select({ id: tickets.id, number: tickets.number, subject: tickets.subject, status: tickets.status })
    .from(ticketLinks)
    .innerJoin(tickets, eq(tickets.id, ticketLinks.sourceTicketId))
    .where(
      and(
        eq(ticketLinks.workspaceId, ctx.workspaceId),
        eq(ticketLinks.kind, 'incident'),
        eq(ticketLinks.targetTicketId, problem.id),
        notInArray(tickets.status, [...DONE]),
      ),
    )
    .orderBy(asc(tickets.number));
  let solvedIncidents = 0;
  const failedIncidents: NonNullable<SolveProblemResult['failedIncidents']> = [];
  for (const incident of incidents) {
    try {
      if (await replyAndSolve(db, ctx, incident.id, input.bodyText, options.jobs)) solvedIncidents += 1;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      failedIncidents.push({ ticket: incident, message: error.message });
    }
  }
  return { solvedIncidents, failedIncidents };
}
