import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { Locale, SurveyKind } from '@atiende/contracts';
import { composeMail } from '../channels/email/outbound/compose-mail';
import { createMailTransport, isPermanentSmtpError } from '../channels/email/outbound/mail-transport';
import { replyAddress } from '../channels/email/thread/email-threads';
import type { EmailConfig } from '../config';
import type { Db, DbOrTx } from '../db/database';
import { mailboxes, surveyInvitations } from '../db/schema';
import type { AttachmentStore } from '../lib/attachment-store';
import { workspaceScope, type JobRunOptions } from '../jobs/workspace-scope';
import { composeSurveyEmail } from './survey-email';
import { newSurveyToken } from './survey-token';

export interface SurveySendDeps {
  db: Db;
  store: AttachmentStore;
  email: EmailConfig;
  /** Base URL of the public survey page (PUBLIC_URL). */
  publicUrl: string;
}

/** What one sweep did. `failed` invitations stay due and are tried again. */
export interface SurveySendReport {
  sent: number;
  cancelled: number;
  failed: number;
  errors: string[];
}

type Outcome = 'sent' | 'cancelled' | 'skipped';

interface LockedRow extends Record<string, unknown> {
  id: string;
  workspace_id: string;
  kinds: string[];
  locale: string;
  expires_at: string;
  number: number;
  subject: string;
  status: string;
  resolution: string | null;
  merged: boolean;
  contact_name: string;
  contact_email: string | null;
  email_status: string | null;
  timezone: string;
  thread_mailbox_id: string | null;
  reply_token: string | null;
}

/** Locks one still-due invitation with what its email needs; null when another worker holds it. */
async function lockInvitation(tx: DbOrTx, id: string): Promise<LockedRow | undefined> {
  const result = await tx.execute<LockedRow>(sql`
    SELECT i.id, i.workspace_id, i.kinds, i.locale, i.expires_at,
           t.number, t.subject, t.status, t.resolution,
           EXISTS (SELECT 1 FROM ticket_links l
                    WHERE l.source_ticket_id = t.id AND l.kind = 'merged_into') AS merged,
           c.name AS contact_name, c.email AS contact_email, ces.status AS email_status,
           w.timezone, th.mailbox_id AS thread_mailbox_id, th.reply_token
      FROM survey_invitations i
      JOIN tickets t ON t.id = i.ticket_id
      JOIN contacts c ON c.id = i.contact_id
      JOIN workspaces w ON w.id = i.workspace_id
      LEFT JOIN contact_email_status ces ON ces.contact_id = c.id
      LEFT JOIN email_threads th ON th.ticket_id = t.id
     WHERE i.id = ${id} AND i.sent_at IS NULL AND i.cancelled_at IS NULL
     FOR UPDATE OF i SKIP LOCKED`);
  return result.rows[0];
}

/**
 * Why an invitation must not go out: the link would already be expired, the ticket was reopened,
 * trashed or merged away since it was scheduled (a safety net behind the processor), or the
 * requester has no working address. Null when it may be sent.
 */
function reasonToCancel(row: LockedRow, now: Date): string | null {
  if (new Date(row.expires_at) <= now) return 'expired before sending';
  if (!['solved', 'closed'].includes(row.status) || row.resolution !== 'finalized')
    return 'ticket not solved';
  if (row.merged) return 'ticket merged';
  if (!row.contact_email) return 'requester has no email address';
  if (row.email_status === 'failing') return "requester's address is failing";
  return null;
}

/** The mailbox of the ticket's email thread when active, else the workspace's first active one. */
async function mailboxFor(tx: DbOrTx, row: LockedRow) {
  const active = and(eq(mailboxes.workspaceId, row.workspace_id), eq(mailboxes.active, true));
  if (row.thread_mailbox_id) {
    const [own] = await tx
      .select()
      .from(mailboxes)
      .where(and(active, eq(mailboxes.id, row.thread_mailbox_id)));
    if (own) return own;
  }
  const [first] = await tx.select().from(mailboxes).where(active).orderBy(asc(mailboxes.createdAt)).limit(1);
  return first;
}

async function cancelInvitation(db: DbOrTx, id: string): Promise<void> {
  await db
    .update(surveyInvitations)
    .set({ cancelledAt: new Date() })
    .where(and(eq(surveyInvitations.id, id), isNull(surveyInvitations.sentAt)));
}

/**
 * Sends one invitation while holding its row lock: a fresh link token is stored (hashed) with
 * sent_at and the email goes out before the commit, so the mail never carries a token the
 * database does not know, and a failed send rolls both back (the invitation stays due).
 */
async function sendInvitation(deps: SurveySendDeps, id: string, now: Date): Promise<Outcome> {
  return deps.db.transaction(async (tx) => {
    const row = await lockInvitation(tx, id);
    if (!row) return 'skipped';
    const mailbox = reasonToCancel(row, now) === null ? await mailboxFor(tx, row) : undefined;
    const transport = mailbox ? createMailTransport(mailbox, deps.email.relayUrl) : null;
    if (!mailbox || !transport) {
      await cancelInvitation(tx, id);
      return 'cancelled';
    }
    try {
      const { token, hash } = newSurveyToken();
      await tx
        .update(surveyInvitations)
        .set({ tokenHash: hash, sentAt: new Date() })
        .where(eq(surveyInvitations.id, id));
      const locale = Locale.catch('es').parse(row.locale);
      const content = composeSurveyEmail({
        locale,
        timeZone: row.timezone,
        kinds: row.kinds.map((kind) => SurveyKind.parse(kind)),
        ticket: { number: row.number, subject: row.subject },
        contactName: row.contact_name,
        surveyUrl: `${deps.publicUrl.replace(/\/+$/, '')}/s/${token}`,
        expiresAt: new Date(row.expires_at),
        signature: mailbox.fromName || mailbox.name,
      });
      const mail = composeMail(
        {
          from: { name: mailbox.fromName || mailbox.name, address: mailbox.address },
          to: [row.contact_email ?? ''],
          cc: [],
          replyTo: row.reply_token ? replyAddress(row.reply_token, deps.email.replyDomain) : mailbox.address,
          subject: content.subject,
          messageId: `${randomUUID()}@${deps.email.replyDomain}`,
          inReplyTo: null,
          references: [],
          text: content.text,
          html: content.html,
          attachments: [],
          automatic: true,
        },
        deps.store,
      );
      await transport.sendMail(mail);
    } finally {
      transport.close();
    }
    return 'sent';
  });
}

interface DueRow extends Record<string, unknown> {
  id: string;
  scheduled_for: string;
}

/** The next due invitations after the keyset position, oldest first (index survey_invitations_due_idx). */
async function dueInvitations(
  db: Db,
  now: Date,
  after: DueRow | null,
  limit: number,
  workspaceIds: readonly string[] | undefined,
): Promise<DueRow[]> {
  const result = await db.execute<DueRow>(sql`
    SELECT t.id, to_char(t.scheduled_for AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS scheduled_for
      FROM survey_invitations t
     WHERE t.sent_at IS NULL AND t.cancelled_at IS NULL
       AND t.scheduled_for <= ${now.toISOString()}::timestamptz
       AND ${workspaceScope(workspaceIds)}
       ${after ? sql`AND (t.scheduled_for, t.id) > (${after.scheduled_for}::timestamptz, ${after.id}::uuid)` : sql``}
     ORDER BY t.scheduled_for, t.id
     LIMIT ${limit}`);
  return result.rows;
}

/**
 * Sends every invitation that is due (scheduled_for ≤ now, neither sent nor cancelled), each in its
 * own transaction, so one bad invitation never blocks the rest and two workers never send the same
 * one (SKIP LOCKED). Invitations that cannot be sent (no address, no usable mailbox, ticket
 * reopened, link expired, the relay refusing the address for good) are cancelled; transient
 * failures are counted and left due for the next try. Idempotent.
 */
export async function sendDueSurveyInvitations(
  deps: SurveySendDeps,
  options: JobRunOptions = {},
): Promise<SurveySendReport> {
  const { now = new Date(), batchSize = 100 } = options;
  const report: SurveySendReport = { sent: 0, cancelled: 0, failed: 0, errors: [] };
  let after: DueRow | null = null;
  for (;;) {
    const due = await dueInvitations(deps.db, now, after, batchSize, options.workspaceIds);
    for (const row of due) {
      try {
        const outcome = await sendInvitation(deps, row.id, now);
        if (outcome !== 'skipped') report[outcome] += 1;
      } catch (error) {
        if (isPermanentSmtpError(error)) {
          await cancelInvitation(deps.db, row.id);
          report.cancelled += 1;
        } else {
          report.failed += 1;
          report.errors.push(`${row.id}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    after = due.at(-1) ?? null;
    if (due.length < batchSize) return report;
  }
}
