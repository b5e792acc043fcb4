import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { FieldChange, MergeTicketsInput, Ticket } from '@atiende/contracts';
import type { DbOrTx, Tx } from '../../db/database';
import { messages, ticketActivities, ticketLinks, tickets } from '../../db/schema';
import { recordEvent } from '../../events/record-event';
import type { JobSender } from '../../jobs/job-sender';
import { invalidField } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { authorize } from '../../policies/abilities';
import { getTicket } from '../../queries/get-ticket';
import { recomputeNextActivityDue } from '../activities/activity-ticket';
import { lockedTicket, lockTickets, type LockedTicket } from '../ticket-relations/lock-tickets';
import { assertMergeable } from '../ticket-relations/merge-rules';
import { mergeFollowers } from '../ticket-relations/merge-followers';
import { mergeIncidentLinks } from '../ticket-relations/merge-incidents';
import { moveMessages, refreshMessageStats } from '../ticket-relations/move-messages';
import { mergeTextsFor, type MergeTexts } from '../ticket-relations/relation-texts';
import { addSystemNote } from '../ticket-relations/system-note';
import { addMessage } from './add-message';

interface MergeRun {
  tx: Tx;
  ctx: AuthContext;
  target: LockedTicket;
  sources: LockedTicket[];
  texts: MergeTexts;
  notify: boolean;
  jobs: JobSender | undefined;
  now: Date;
}

/** A public reply through `addMessage`, so email tickets really send it (outbox + job in this tx). */
async function notice(run: MergeRun, ticketId: string, bodyText: string): Promise<void> {
  const options = run.jobs ? { jobs: run.jobs } : {};
  await addMessage(run.tx, run.ctx, ticketId, { kind: 'reply', bodyText, attachmentIds: [] }, options);
}

/** Moves the sources' messages, pending activities, followers and incidents over; unites the tags. */
async function absorbSources(run: MergeRun): Promise<void> {
  const { tx, ctx, target, sources } = run;
  const sourceIds = sources.map((s) => s.id);
  const moving = await tx
    .select({ id: messages.id })
    .from(messages)
    .where(and(eq(messages.workspaceId, ctx.workspaceId), inArray(messages.ticketId, sourceIds)));
  await moveMessages(
    tx,
    ctx.workspaceId,
    moving.map((m) => m.id),
    target.id,
  );
  // Pending follow-ups belong to the conversation, which now lives on the target.
  await tx
    .update(ticketActivities)
    .set({ ticketId: target.id })
    .where(and(inArray(ticketActivities.ticketId, sourceIds), isNull(ticketActivities.doneAt)));
  for (const id of [target.id, ...sourceIds]) await recomputeNextActivityDue(tx, id);
  await mergeFollowers(tx, ctx, target, sources);
  await mergeIncidentLinks(tx, ctx, target, sources);

  const tags = [...new Set([...target.tags, ...sources.flatMap((s) => s.tags)])];
  if (tags.length !== target.tags.length) {
    await tx.update(tickets).set({ tags }).where(eq(tickets.id, target.id));
    await recordEvent(tx, ctx, {
      type: 'ticket.updated',
      ticketId: target.id,
      entityId: target.id,
      changes: [{ field: 'tags', from: target.tags, to: tags }],
    });
  }
}

/** Leaves a note (and, when asked, a notice to its requester) on a source, links it and closes it. */
async function closeSource(run: MergeRun, source: LockedTicket, noticeNumbers: number[] | null) {
  const { tx, ctx, target, texts, now } = run;
  if (noticeNumbers) await notice(run, source.id, texts.sourceNotice(noticeNumbers, target.number));
  await addSystemNote(tx, ctx, source, texts.sourceNote(target.number));
  await tx.insert(ticketLinks).values({
    workspaceId: ctx.workspaceId,
    sourceTicketId: source.id,
    targetTicketId: target.id,
    kind: 'merged_into',
    createdByAgentId: ctx.agentId,
  });
  // The notice may have moved a `new` ticket to `open`: the history starts from what is stored now.
  const [current] = await tx
    .select({ status: tickets.status, resolution: tickets.resolution })
    .from(tickets)
    .where(eq(tickets.id, source.id));
  await tx
    .update(tickets)
    .set({
      status: 'closed',
      closedAt: now,
      solvedAt: source.solvedAt ?? now,
      resolution: 'finalized',
      resolutionReasonId: null,
      customStatusId: null,
      updatedAt: now,
    })
    .where(eq(tickets.id, source.id));
  await recordEvent(tx, ctx, {
    type: 'ticket.merged',
    ticketId: source.id,
    entityId: source.id,
    changes: [{ field: 'mergedInto', from: null, to: target.number }],
  });
  const changes: FieldChange[] = [{ field: 'status', from: current?.status ?? source.status, to: 'closed' }];
  if (current?.resolution !== 'finalized') {
    changes.push({ field: 'resolution', from: current?.resolution ?? null, to: 'finalized' });
  }
  await recordEvent(tx, ctx, { type: 'ticket.updated', ticketId: source.id, entityId: source.id, changes });
}

/**
 * For each source requester other than the target's, the numbers of their sources: they get one
 * notice, on their first source. The target's requester gets the notice on the target instead.
 */
function noticePlan(run: MergeRun): Map<string, number[]> {
  const plan = new Map<string, number[]>();
  if (!run.notify) return plan;
  for (const source of run.sources) {
    if (source.requesterContactId === run.target.requesterContactId) continue;
    const numbers = plan.get(source.requesterContactId) ?? [];
    plan.set(source.requesterContactId, [...numbers, source.number]);
  }
  return plan;
}

/**
 * Merges the sources into the target in one transaction: tickets locked in id order; all of the
 * workspace (404 otherwise), none trashed or already merged, target not closed (409), the target
 * not among the sources (400). Every message moves to the target (attachments and email ids
 * follow), as do pending activities and incidents (within the one-level problem rule); the sources'
 * requesters and followers follow the target; tags are united. Each source keeps a system note "merged into #N", a `merged_into` link, and is
 * closed (finalized); the target gets a note listing what came in. With `notifyRequesters`, each
 * customer gets one short public reply in the workspace's language through `addMessage` (emailed
 * on email tickets): source requesters on their source, the target's requester on the target.
 * Records `ticket.merged` on every ticket and `ticket.updated` for each closing.
 */
export async function mergeTickets(
  db: DbOrTx,
  ctx: AuthContext,
  targetId: string,
  input: MergeTicketsInput,
  options: { jobs?: JobSender } = {},
): Promise<Ticket> {
  authorize(ctx, 'tickets.manage');
  const sourceIds = [...new Set(input.sourceTicketIds)];
  if (sourceIds.includes(targetId)) {
    throw invalidField('sourceTicketIds', 'A ticket cannot be merged into itself');
  }
  await db.transaction(async (tx) => {
    const locked = await lockTickets(tx, ctx, [targetId, ...sourceIds]);
    const target = lockedTicket(locked, targetId);
    const sources = sourceIds.map((id) => lockedTicket(locked, id)).sort((a, b) => a.number - b.number);
    await assertMergeable(tx, ctx.workspaceId, target, sources);
    const run: MergeRun = {
      tx,
      ctx,
      target,
      sources,
      texts: await mergeTextsFor(tx, ctx.workspaceId),
      notify: input.notifyRequesters,
      jobs: options.jobs,
      now: new Date(),
    };
    await absorbSources(run);
    const plan = noticePlan(run);
    for (const source of sources) {
      const numbers = plan.get(source.requesterContactId) ?? null;
      plan.delete(source.requesterContactId);
      await closeSource(run, source, numbers);
    }
    const numbers = sources.map((s) => s.number);
    await addSystemNote(tx, ctx, target, run.texts.targetNote(numbers));
    if (run.notify) await notice(run, target.id, run.texts.targetNotice(numbers));
    await tx.update(tickets).set({ updatedAt: run.now }).where(eq(tickets.id, target.id));
    await recordEvent(tx, ctx, {
      type: 'ticket.merged',
      ticketId: target.id,
      entityId: target.id,
      changes: [{ field: 'merged', from: null, to: numbers }],
    });
    await refreshMessageStats(tx, [target.id, ...sourceIds]);
  });
  return getTicket(db, ctx, targetId);
}
