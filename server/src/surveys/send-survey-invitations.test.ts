import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { surveyInvitations } from '../db/schema';
import { createContact } from '../commands/crm/create-contact';
import { createMailbox } from '../commands/email/create-mailbox';
import { AttachmentStore } from '../lib/attachment-store';
import { sha256 } from '../lib/secrets';
import { createTestTicket, createTestWorkspace, type TestWorkspace } from '../test/factories';
import { startSmtpSink, type SmtpSink } from '../test/smtp-sink';
import { startTestServer, type TestServer } from '../test/test-server';
import { sendDueSurveyInvitations, type SurveySendDeps } from './send-survey-invitations';
import { invitationsOf, solve } from './survey-test-helpers';

let sink: SmtpSink;
let server: TestServer;
let ws: TestWorkspace;
let deps: SurveySendDeps;
const db = () => server.database.db;
/** Past the default one-hour delay: the sweeps below see the invitations as due. */
const later = () => new Date(Date.now() + 2 * 3600_000);

beforeAll(async () => {
  sink = await startSmtpSink();
  server = await startTestServer({ SMTP_RELAY_URL: sink.url, EMAIL_REPLY_DOMAIN: 'reply.atiende.test' });
  ws = await createTestWorkspace(server.database.db);
  await createMailbox(server.database.db, ws.admin.ctx, {
    name: 'Soporte',
    address: `soporte-${ws.id.slice(0, 8)}@empresa.test`,
    fromName: 'Soporte Empresa',
    teamId: null,
    active: true,
    autoAcknowledge: false,
    autoAckTemplates: {},
    smtp: null,
    imap: null,
  });
  deps = {
    db: server.database.db,
    store: new AttachmentStore(path.join(server.config.dataDir, 'attachments')),
    email: server.config.email,
    publicUrl: server.url,
  };
});
afterAll(async () => {
  await sink.close();
  await server.close();
});

describe('sending survey invitations', () => {
  it('emails due invitations with working one-click links, once', async () => {
    const email = `encuesta-${ws.id.slice(0, 8)}@cliente.example`;
    const ticket = await createTestTicket(db(), ws.agent.ctx, {
      subject: 'Factura duplicada',
      requester: { email, name: 'Lucía Gómez' },
    });
    await solve(db(), ws.agent.ctx, ticket.id);

    const early = await sendDueSurveyInvitations(deps, { workspaceIds: [ws.id] });
    expect(early.sent).toBe(0);

    const report = await sendDueSurveyInvitations(deps, { now: later(), workspaceIds: [ws.id] });
    expect(report).toMatchObject({ sent: 1, failed: 0 });
    const mail = await sink.waitFor((m) => m.envelopeTo.includes(email));
    expect(mail.parsed.subject).toBe(`¿Cómo te atendimos? Ticket #${ticket.number}: Factura duplicada`);
    const text = mail.parsed.text;
    expect(text).toContain('Hola Lucía:');
    const links = [...text.matchAll(/https?:\/\/\S+\/s\/([A-Za-z0-9_-]{43})(\?csat=\d)?/g)];
    expect(links.map((l) => l[2] ?? '')).toEqual(['?csat=1', '?csat=2', '?csat=3', '?csat=4', '?csat=5', '']);
    const token = links[0]?.[1] ?? '';
    expect(mail.parsed.html).toContain(`/s/${token}?csat=5`);

    const [row] = await invitationsOf(db(), ticket.id);
    expect(row?.sentAt).not.toBeNull();
    expect(row?.tokenHash).toBe(sha256(token));

    const page = await fetch(`${server.url}/s/${token}?csat=4`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('¿Qué tan satisfecho quedaste con la atención que recibiste?');
    expect(html).toMatch(/value="4" checked/);

    const again = await sendDueSurveyInvitations(deps, { now: later(), workspaceIds: [ws.id] });
    expect(again.sent).toBe(0);
    expect(sink.messages.filter((m) => m.envelopeTo.includes(email))).toHaveLength(1);
  });

  it('cancels what cannot be sent without holding back the rest', async () => {
    const contact = await createContact(db(), ws.admin.ctx, {
      name: 'Sin correo',
      email: null,
      phone: '+57 300 555 0101',
      locale: 'es',
      companyId: null,
    });
    const phoneOnly = await createTestTicket(db(), ws.agent.ctx, {
      requester: { contactId: contact.id },
      channel: 'phone',
    });
    const good = await createTestTicket(db(), ws.agent.ctx);
    await solve(db(), ws.agent.ctx, phoneOnly.id);
    await solve(db(), ws.agent.ctx, good.id);
    const report = await sendDueSurveyInvitations(deps, { now: later(), workspaceIds: [ws.id] });
    expect(report).toMatchObject({ sent: 1, cancelled: 1, failed: 0 });
    expect((await invitationsOf(db(), phoneOnly.id))[0]?.cancelledAt).not.toBeNull();
    expect((await invitationsOf(db(), good.id))[0]?.sentAt).not.toBeNull();
  });

  it('cancels invitations of a workspace without an active mailbox', async () => {
    const other = await createTestWorkspace(db());
    const ticket = await createTestTicket(db(), other.agent.ctx);
    await solve(db(), other.agent.ctx, ticket.id);
    const report = await sendDueSurveyInvitations(deps, { now: later(), workspaceIds: [other.id] });
    expect(report).toMatchObject({ sent: 0, cancelled: 1 });
  });

  it('cancels on a permanent refusal and keeps the invitation due on a transient failure', async () => {
    const refused = await createTestTicket(db(), ws.agent.ctx);
    await solve(db(), ws.agent.ctx, refused.id);
    sink.refuseWith = 550;
    try {
      const report = await sendDueSurveyInvitations(deps, { now: later(), workspaceIds: [ws.id] });
      expect(report).toMatchObject({ sent: 0, cancelled: 1 });
    } finally {
      sink.refuseWith = null;
    }
    const [refusedRow] = await invitationsOf(db(), refused.id);
    expect(refusedRow).toMatchObject({ sentAt: null });
    expect(refusedRow?.cancelledAt).not.toBeNull();

    const flaky = await createTestTicket(db(), ws.agent.ctx);
    await solve(db(), ws.agent.ctx, flaky.id);
    const down = { ...deps, email: { ...deps.email, relayUrl: 'smtp://127.0.0.1:1' } };
    const failed = await sendDueSurveyInvitations(down, { now: later(), workspaceIds: [ws.id] });
    expect(failed).toMatchObject({ sent: 0, failed: 1 });
    const [flakyRow] = await invitationsOf(db(), flaky.id);
    expect(flakyRow).toMatchObject({ sentAt: null, cancelledAt: null });

    const retried = await sendDueSurveyInvitations(deps, { now: later(), workspaceIds: [ws.id] });
    expect(retried.sent).toBe(1);
    const [sentRow] = await db()
      .select()
      .from(surveyInvitations)
      .where(eq(surveyInvitations.ticketId, flaky.id));
    expect(sentRow?.sentAt).not.toBeNull();
  });
});
