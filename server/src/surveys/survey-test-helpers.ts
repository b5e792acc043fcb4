import { desc, eq } from 'drizzle-orm';
import type { Ticket } from '@atiende/contracts';
import type { Db } from '../db/database';
import { surveyInvitations } from '../db/schema';
import { updateTicket } from '../commands/tickets/update-ticket';
import type { AuthContext } from '../lib/auth-context';
import { newSurveyToken } from './survey-token';

/** Solves a ticket as finalized through the real command (which runs the survey processor). */
export function solve(db: Db, ctx: AuthContext, ticketId: string): Promise<Ticket> {
  return updateTicket(db, ctx, ticketId, { status: 'solved', resolution: 'finalized' });
}

/** Every invitation row of a ticket, newest first. */
export function invitationsOf(db: Db, ticketId: string) {
  return db
    .select()
    .from(surveyInvitations)
    .where(eq(surveyInvitations.ticketId, ticketId))
    .orderBy(desc(surveyInvitations.createdAt));
}

/**
 * Test setup for page tests: gives the ticket's invitation a known link token and marks it sent,
 * as the sending job does (the job itself is covered by its own test through SMTP).
 */
export async function issueTestLink(
  db: Db,
  ticketId: string,
  overrides: { expiresAt?: Date } = {},
): Promise<{ token: string; invitationId: string }> {
  const [invitation] = await invitationsOf(db, ticketId);
  if (!invitation) throw new Error('the ticket has no survey invitation');
  const { token, hash } = newSurveyToken();
  await db
    .update(surveyInvitations)
    .set({ tokenHash: hash, sentAt: new Date(), ...overrides })
    .where(eq(surveyInvitations.id, invitation.id));
  return { token, invitationId: invitation.id };
}

/** Posts a survey form the way a browser does (application/x-www-form-urlencoded). */
export async function postSurveyForm(
  baseUrl: string,
  token: string,
  fields: Record<string, string>,
): Promise<{ status: number; html: string; headers: Headers }> {
  const res = await fetch(`${baseUrl}/s/${token}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: res.status, html: await res.text(), headers: res.headers };
}
