import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { contacts, events, surveyInvitations, surveyResponses } from '../../db/schema';
import { updateSurveySettings } from '../../commands/surveys/update-survey-settings';
import { newSurveyToken } from '../../surveys/survey-token';
import { issueTestLink, postSurveyForm, solve } from '../../surveys/survey-test-helpers';
import { createTestTicket, createTestWorkspace, type TestWorkspace } from '../../test/factories';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
let ws: TestWorkspace;
const db = () => server.database.db;

beforeAll(async () => {
  server = await startTestServer();
  ws = await createTestWorkspace(server.database.db);
  await updateSurveySettings(server.database.db, ws.admin.ctx, { cesEnabled: true, npsEnabled: true });
});
afterAll(() => server.close());

/** A solved ticket whose invitation went out, and its link token. */
async function surveyLink(subject = 'Pedido incompleto', locale?: 'en' | 'pt-BR') {
  const ticket = await createTestTicket(db(), ws.agent.ctx, { subject, assigneeId: ws.agent.id });
  if (locale) await db().update(contacts).set({ locale }).where(eq(contacts.id, ticket.requester.id));
  await solve(db(), ws.agent.ctx, ticket.id);
  return { ticket, ...(await issueTestLink(db(), ticket.id)) };
}

const responsesOf = (invitationId: string) =>
  db().select().from(surveyResponses).where(eq(surveyResponses.invitationId, invitationId));
const surveyEventsOf = (ticketId: string) =>
  db()
    .select()
    .from(events)
    .where(and(eq(events.ticketId, ticketId), eq(events.type, 'survey.responded')))
    .orderBy(events.id);

describe('the public survey page', () => {
  it('renders every question, escaped and locked down, and records nothing on GET', async () => {
    const { ticket, token, invitationId } = await surveyLink('Error <script>alert(1)</script> & "más"');
    const res = await fetch(`${server.url}/s/${token}?csat=4&nps=99`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('x-robots-tag')).toContain('noindex');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    const html = await res.text();
    expect(html).toContain('<html lang="es">');
    expect(html).toContain(
      `Ticket #${ticket.number}: Error &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;más&quot;`,
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('<legend>¿Qué tan satisfecho quedaste con la atención que recibiste?</legend>');
    expect(html).toContain('<legend>¿Qué tan fácil fue resolver tu consulta con nosotros?</legend>');
    expect(html).toContain('¿Qué tan probable es que nos recomiendes');
    expect(html).toContain('4 – Satisfecho');
    expect(html).toContain('1<span class="sr-only"> – Muy difícil</span>');
    expect(html).toContain('<span>1 = Muy difícil</span><span>7 = Muy fácil</span>');
    expect(html).toContain('10<span class="sr-only"> – Muy probable</span>');
    expect(html).toMatch(/name="csat" value="4" checked/);
    expect(html).not.toMatch(/name="nps" value="\d+" checked/);

    expect(await responsesOf(invitationId)).toHaveLength(0);
    expect(await surveyEventsOf(ticket.id)).toHaveLength(0);
    const [row] = await db().select().from(surveyInvitations).where(eq(surveyInvitations.id, invitationId));
    expect(row?.respondedAt).toBeNull();
  });

  it('refuses an out-of-range score with the message next to its question (400)', async () => {
    const { token, invitationId } = await surveyLink();
    const res = await postSurveyForm(server.url, token, { csat: '5', ces: '9', comment: 'Bien' });
    expect(res.status).toBe(400);
    expect(res.html).toMatch(
      /<fieldset id="q-ces" class="invalid" aria-describedby="error-ces"><legend>[^<]+<\/legend><p class="error" id="error-ces">Elige una de las opciones de la lista\.<\/p>/,
    );
    expect(res.html).toContain('role="alert"');
    // What was valid stays chosen, and the comment stays typed.
    expect(res.html).toMatch(/name="csat" value="5" checked/);
    expect(res.html).toContain('>Bien</textarea>');
    expect(await responsesOf(invitationId)).toHaveLength(0);

    const empty = await postSurveyForm(server.url, token, { comment: '' });
    expect(empty.status).toBe(400);
    expect(empty.html).toContain('Elige al menos una calificación antes de enviar.');
  });

  it('records an answer with its event, and answering again replaces it', async () => {
    const { ticket, token, invitationId } = await surveyLink();
    const res = await postSurveyForm(server.url, token, {
      csat: '5',
      nps: '10',
      comment: '  Muy rápidos, gracias ',
    });
    expect(res.status).toBe(200);
    expect(res.html).toContain('¡Gracias por tu respuesta!');
    expect(res.html).toContain('5 – Muy satisfecho');
    expect(res.html).toContain(`href="/s/${token}"`);

    const rows = await responsesOf(invitationId);
    expect(rows.map((r) => [r.kind, r.score, r.comment]).sort()).toEqual([
      ['csat', 5, 'Muy rápidos, gracias'],
      ['nps', 10, null],
    ]);
    expect(rows[0]).toMatchObject({
      ticketId: ticket.id,
      agentId: ws.agent.id,
      contactId: ticket.requester.id,
    });
    const [invitation] = await db()
      .select()
      .from(surveyInvitations)
      .where(eq(surveyInvitations.id, invitationId));
    const firstAnswerAt = invitation?.respondedAt;
    expect(firstAnswerAt).not.toBeNull();

    const [event] = await surveyEventsOf(ticket.id);
    expect(event?.actor).toEqual({ type: 'contact', id: ticket.requester.id, name: ticket.requester.name });
    expect(event?.entityId).toBe(invitationId);
    expect(event?.changes).toEqual([
      { field: 'csat', from: null, to: 5 },
      { field: 'nps', from: null, to: 10 },
      { field: 'comment', from: null, to: 'Muy rápidos, gracias' },
    ]);

    // The same answer again changes nothing.
    await postSurveyForm(server.url, token, { csat: '5', nps: '10', comment: 'Muy rápidos, gracias' });
    expect(await surveyEventsOf(ticket.id)).toHaveLength(1);

    // Changing the mind replaces the score; the earlier NPS answer stays.
    const changed = await postSurveyForm(server.url, token, { csat: '3', comment: 'Muy rápidos, gracias' });
    expect(changed.status).toBe(200);
    const after = await responsesOf(invitationId);
    expect(after.map((r) => [r.kind, r.score]).sort()).toEqual([
      ['csat', 3],
      ['nps', 10],
    ]);
    const all = await surveyEventsOf(ticket.id);
    expect(all).toHaveLength(2);
    expect(all[1]?.changes).toEqual([{ field: 'csat', from: 5, to: 3 }]);
    const [again] = await db().select().from(surveyInvitations).where(eq(surveyInvitations.id, invitationId));
    expect(again?.respondedAt).toEqual(firstAnswerAt);

    // Coming back shows the recorded answer, ready to be changed.
    const page = await (await fetch(`${server.url}/s/${token}`)).text();
    expect(page).toMatch(/name="csat" value="3" checked/);
    expect(page).toContain('Ya respondiste esta encuesta.');
  });

  it('speaks the language of the invitation', async () => {
    const { token } = await surveyLink('Login issue', 'en');
    const html = await (await fetch(`${server.url}/s/${token}`)).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('How satisfied are you with the support you received?');
    const res = await postSurveyForm(server.url, token, { csat: '0' });
    expect(res.status).toBe(400);
    expect(res.html).toContain('Pick one of the options in the list.');
  });

  it('answers 410 for an expired link and 404 for unknown or cancelled ones', async () => {
    const expired = await surveyLink('Vencida', 'pt-BR');
    await db()
      .update(surveyInvitations)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(surveyInvitations.id, expired.invitationId));
    const gone = await fetch(`${server.url}/s/${expired.token}`);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain('Esta pesquisa foi encerrada');
    const late = await postSurveyForm(server.url, expired.token, { csat: '5' });
    expect(late.status).toBe(410);
    expect(await responsesOf(expired.invitationId)).toHaveLength(0);

    const unknown = await fetch(`${server.url}/s/${newSurveyToken().token}`, {
      headers: { 'accept-language': 'en-US,en;q=0.8' },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('x-robots-tag')).toContain('noindex');
    expect(await unknown.text()).toContain('Survey not found');
    expect((await fetch(`${server.url}/s/not-a-token`)).status).toBe(404);

    const cancelled = await surveyLink('Cancelada');
    await db()
      .update(surveyInvitations)
      .set({ cancelledAt: new Date() })
      .where(eq(surveyInvitations.id, cancelled.invitationId));
    expect((await fetch(`${server.url}/s/${cancelled.token}`)).status).toBe(404);
    expect((await postSurveyForm(server.url, cancelled.token, { csat: '4' })).status).toBe(404);
  });
});
