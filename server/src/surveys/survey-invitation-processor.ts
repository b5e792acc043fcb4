import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { Locale, type SurveyKind, type SurveySettings } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { contacts, surveyInvitations, tickets, workspaces } from '../db/schema';
import type { RecordEventInput } from '../events/record-event';
import type { AuthContext } from '../lib/auth-context';
import { randomSecret, sha256 } from '../lib/secrets';
import { surveySettingsOf } from './survey-settings';
import { surveyTriggerOf } from './survey-trigger';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** Cancels the ticket's invitation that has not gone out yet (a reopen, trash or merge). */
async function cancelPendingInvitation(tx: DbOrTx, workspaceId: string, ticketId: string): Promise<void> {
  await tx
    .update(surveyInvitations)
    .set({ cancelledAt: new Date() })
    .where(
      and(
        eq(surveyInvitations.workspaceId, workspaceId),
        eq(surveyInvitations.ticketId, ticketId),
        isNull(surveyInvitations.sentAt),
        isNull(surveyInvitations.cancelledAt),
      ),
    );
}

/** Whether the contact was asked the NPS question within the last `days` (cancelled ones not counted). */
async function askedNpsRecently(
  tx: DbOrTx,
  workspaceId: string,
  contactId: string,
  days: number,
  exceptId: string | null,
): Promise<boolean> {
  const result = await tx.execute<{ found: boolean }>(sql`
    SELECT EXISTS (
      SELECT 1 FROM survey_invitations
       WHERE workspace_id = ${workspaceId}
         AND contact_id = ${contactId}
         AND created_at > now() - make_interval(days => ${days})
         AND 'nps' = ANY (kinds)
         AND cancelled_at IS NULL
         ${exceptId ? sql`AND id <> ${exceptId}` : sql``}
    ) AS found`);
  return result.rows[0]?.found === true;
}

async function kindsFor(
  tx: DbOrTx,
  workspaceId: string,
  settings: SurveySettings,
  contactId: string,
  reusedId: string | null,
): Promise<SurveyKind[]> {
  const kinds: SurveyKind[] = [];
  if (settings.csatEnabled) kinds.push('csat');
  if (settings.cesEnabled) kinds.push('ces');
  if (
    settings.npsEnabled &&
    !(await askedNpsRecently(tx, workspaceId, contactId, settings.npsEveryDays, reusedId))
  ) {
    kinds.push('nps');
  }
  return kinds;
}

const localeOf = (contactLocale: string, workspaceLocale: string): Locale => {
  const own = Locale.safeParse(contactLocale);
  if (own.success) return own.data;
  const fallback = Locale.safeParse(workspaceLocale);
  return fallback.success ? fallback.data : 'es';
};

/**
 * Schedules the survey of a ticket just solved: only when it is solved as `finalized`, some kind
 * is enabled and no invitation for the ticket was ever sent. The ticket's unsent invitation (a
 * pending or cancelled one) is reused rather than duplicated, so a ticket has at most one
 * invitation row in flight. Credits the assignee and team the ticket has now.
 */
async function scheduleInvitation(tx: DbOrTx, workspaceId: string, ticketId: string): Promise<void> {
  const [ticket] = await tx
    .select({
      status: tickets.status,
      resolution: tickets.resolution,
      contactId: tickets.requesterContactId,
      agentId: tickets.assigneeAgentId,
      teamId: tickets.teamId,
      contactLocale: contacts.locale,
      workspaceLocale: workspaces.defaultLocale,
    })
    .from(tickets)
    .innerJoin(contacts, eq(contacts.id, tickets.requesterContactId))
    .innerJoin(workspaces, eq(workspaces.id, tickets.workspaceId))
    .where(and(eq(tickets.workspaceId, workspaceId), eq(tickets.id, ticketId)));
  if (ticket?.status !== 'solved' || ticket.resolution !== 'finalized') return;
  const settings = await surveySettingsOf(tx, workspaceId);
  if (!settings.csatEnabled && !settings.cesEnabled && !settings.npsEnabled) return;

  const previous = await tx
    .select({ id: surveyInvitations.id, sentAt: surveyInvitations.sentAt })
    .from(surveyInvitations)
    .where(and(eq(surveyInvitations.workspaceId, workspaceId), eq(surveyInvitations.ticketId, ticketId)))
    .orderBy(desc(surveyInvitations.createdAt));
  if (previous.some((row) => row.sentAt !== null)) return;
  const reused = previous[0] ?? null;

  const kinds = await kindsFor(tx, workspaceId, settings, ticket.contactId, reused?.id ?? null);
  if (kinds.length === 0) return;
  const scheduledFor = new Date(Date.now() + settings.sendDelayMinutes * MINUTE_MS);
  const values = {
    contactId: ticket.contactId,
    agentId: ticket.agentId,
    teamId: ticket.teamId,
    kinds,
    locale: localeOf(ticket.contactLocale, ticket.workspaceLocale),
    scheduledFor,
    expiresAt: new Date(scheduledFor.getTime() + settings.expiresAfterDays * DAY_MS),
    cancelledAt: null,
  };
  if (reused) {
    await tx.update(surveyInvitations).set(values).where(eq(surveyInvitations.id, reused.id));
    return;
  }
  // The real link token is made when the email goes out; until then the hash matches no token.
  await tx
    .insert(surveyInvitations)
    .values({ ...values, workspaceId, ticketId, tokenHash: sha256(`unsent:${randomSecret()}`) });
}

/**
 * In-transaction processor (see events/in-transaction-processors.ts): keeps a ticket's survey
 * invitation in step with its lifecycle, in the transaction of the change. Solving as finalized
 * schedules one; reopening, trashing or merging the ticket away cancels the one not yet sent.
 * Returns before any query for the events that are neither.
 */
export async function surveyInvitationProcessor(
  tx: DbOrTx,
  ctx: AuthContext,
  event: RecordEventInput,
): Promise<void> {
  const trigger = surveyTriggerOf(event);
  if (trigger === null || !event.ticketId) return;
  if (trigger === 'cancel') await cancelPendingInvitation(tx, ctx.workspaceId, event.ticketId);
  else await scheduleInvitation(tx, ctx.workspaceId, event.ticketId);
}
