import { asc, eq, sql } from 'drizzle-orm';
import type { StatusCategory } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { agents, events, messages, teamMembers, teams, tickets, workspaces } from '../db/schema';
import type { AuthContext } from '../lib/auth-context';
import { systemContext } from '../lib/auth-context';
import { hashPassword } from '../lib/passwords';
import { createCompany } from '../commands/crm/create-company';
import { createContact } from '../commands/crm/create-contact';
import { addMessage } from '../commands/tickets/add-message';
import { createTicket } from '../commands/tickets/create-ticket';
import { updateTicket } from '../commands/tickets/update-ticket';
import {
  demoCustomFields,
  demoStatusChange,
  seedDemoConfig,
  seedDemoTrash,
  spreadStageIntervals,
} from './seed-demo-lifecycle';
import { seedTicketWork } from './seed-ticket-work';
import { seedDemoSurveys } from './seed-demo-surveys';
import { seedDemoSla } from './seed-demo-sla';
import {
  DEMO_AGENTS,
  DEMO_COMPANIES,
  DEMO_CONTACTS,
  DEMO_PASSWORD,
  DEMO_SCENARIOS,
  DEMO_TEAMS,
  DEMO_WORKSPACE,
} from './demo-data';

/** Deterministic PRNG (mulberry32) so every demo database looks the same. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Status mix of the 60 demo tickets: a realistic backlog with history behind it. */
const STATUS_PLAN: StatusCategory[] = [
  ...Array<StatusCategory>(10).fill('new'),
  ...Array<StatusCategory>(15).fill('open'),
  ...Array<StatusCategory>(12).fill('pending'),
  ...Array<StatusCategory>(5).fill('on_hold'),
  ...Array<StatusCategory>(12).fill('solved'),
  ...Array<StatusCategory>(6).fill('closed'),
];

async function createPeople(db: DbOrTx, workspaceId: string) {
  const teamIds = new Map<string, string>();
  for (const name of DEMO_TEAMS) {
    const [team] = await db.insert(teams).values({ workspaceId, name }).returning();
    if (team) teamIds.set(name, team.id);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const agentCtxs: AuthContext[] = [];
  for (const a of DEMO_AGENTS) {
    const [row] = await db
      .insert(agents)
      .values({ workspaceId, name: a.name, email: a.email, role: a.role, passwordHash })
      .returning();
    if (!row) throw new Error('agent insert failed');
    for (const team of a.teams) {
      const teamId = teamIds.get(team);
      if (teamId) await db.insert(teamMembers).values({ workspaceId, teamId, agentId: row.id });
    }
    agentCtxs.push({
      workspaceId,
      actor: { type: 'agent', id: row.id, name: row.name },
      role: row.role,
      agentId: row.id,
      via: 'session',
    });
  }
  return { teamIds: [...teamIds.values()], agentCtxs };
}

/** Spreads a ticket's rows over its real-looking lifetime: it was opened `ageHours` ago. */
async function backdate(db: DbOrTx, ticketId: string, ageHours: number, rand: () => number): Promise<void> {
  const thread = await db
    .select({ id: messages.id })
    .from(messages)
    .where(eq(messages.ticketId, ticketId))
    .orderBy(asc(messages.createdAt), asc(messages.id));
  let offsetHours = ageHours;
  for (const message of thread) {
    await db
      .update(messages)
      .set({ createdAt: sql`now() - make_interval(secs => ${Math.round(offsetHours * 3600)})` })
      .where(eq(messages.id, message.id));
    offsetHours = Math.max(offsetHours * (0.35 + rand() * 0.4), 0.05);
  }
  const shift = sql`make_interval(secs => ${Math.round(offsetHours * 3600)})`;
  await db.execute(sql`
    UPDATE ${tickets} SET
      created_at = (SELECT min(created_at) FROM ${messages} WHERE ticket_id = ${ticketId}),
      last_message_at = (SELECT max(created_at) FROM ${messages} WHERE ticket_id = ${ticketId}),
      first_response_at = (SELECT min(created_at) FROM ${messages} WHERE ticket_id = ${ticketId} AND author_type = 'agent' AND kind = 'reply'),
      updated_at = now() - ${shift},
      solved_at = CASE WHEN solved_at IS NULL THEN NULL ELSE now() - ${shift} END,
      closed_at = CASE WHEN closed_at IS NULL THEN NULL ELSE now() - ${shift} END
    WHERE id = ${ticketId}`);
  await db.execute(sql`
    UPDATE ${events} SET created_at = (SELECT created_at FROM ${tickets} WHERE id = ${ticketId})
    WHERE ticket_id = ${ticketId} AND type = 'ticket.created'`);
  await spreadStageIntervals(db, ticketId);
}

/**
 * Creates the Spanish demo workspace "Distribuidora Andina": 3 agents in 2 teams, 10 customer
 * companies with 20 contacts, custom statuses and fields ("Módulo" required to solve), 60 tickets
 * across every status, channel and priority with their conversations and classification, and a
 * spam message and a duplicate in the trash. Goes through the same commands as the API, so the data is consistent
 * (events, counters, first responses). Returns the workspace id.
 */
export async function seedDemoWorkspace(db: DbOrTx): Promise<string> {
  const rand = random(20_261_126);
  const [workspace] = await db
    .insert(workspaces)
    .values({
      name: DEMO_WORKSPACE.name,
      slug: DEMO_WORKSPACE.slug,
      defaultLocale: 'es',
      timezone: 'America/Bogota',
    })
    .returning();
  if (!workspace) throw new Error('workspace insert failed');
  const system = systemContext(workspace.id);
  const { teamIds, agentCtxs } = await createPeople(db, workspace.id);
  const config = await seedDemoConfig(db, system);

  for (const company of DEMO_COMPANIES) {
    await createCompany(db, system, { name: company.name, domain: company.domain, notes: '' });
  }
  const contactIds: string[] = [];
  for (const [index, [name, local]] of DEMO_CONTACTS.entries()) {
    const company = DEMO_COMPANIES[Math.floor(index / 2)];
    const contact = await createContact(db, system, {
      name,
      email: `${local}@${company?.domain ?? 'cliente.example'}`,
      phone: `+57 300 ${String(1000000 + index * 7919).slice(0, 3)} ${String(1000 + index * 37).slice(0, 4)}`,
      locale: 'es',
      companyId: null,
    });
    contactIds.push(contact.id);
  }

  for (const [index, status] of STATUS_PLAN.entries()) {
    const scenario = DEMO_SCENARIOS[index % DEMO_SCENARIOS.length];
    const contactId = contactIds[(index * 7) % contactIds.length];
    const agent = agentCtxs[index % agentCtxs.length];
    if (!scenario || !contactId || !agent) continue;
    const assigned = status !== 'new' || index % 3 === 0;
    const contactIndex = contactIds.indexOf(contactId);
    const vip = Math.floor(contactIndex / 2) % 4 === 0;
    const ticket = await createTicket(db, system, {
      subject: scenario.subject,
      body: scenario.body,
      requester: { contactId },
      priority: scenario.priority,
      type: scenario.type,
      channel: scenario.channel,
      assigneeId: assigned ? agent.agentId : null,
      teamId: teamIds[index % teamIds.length] ?? null,
      tags: scenario.tags,
      customFields: demoCustomFields(config, scenario, index, status, vip),
    });
    const customer: AuthContext = {
      ...system,
      actor: { type: 'contact', id: contactId, name: ticket.requester.name },
      role: 'agent',
    };
    if (status !== 'new') {
      if (index % 2 === 0)
        await addMessage(db, agent, ticket.id, { kind: 'note', bodyText: scenario.note, attachmentIds: [] });
      await addMessage(db, agent, ticket.id, {
        kind: 'reply',
        bodyText: scenario.agentReply,
        attachmentIds: [],
      });
      if (status !== 'pending') {
        await addMessage(db, customer, ticket.id, {
          kind: 'reply',
          bodyText: scenario.customerReply,
          attachmentIds: [],
        });
      }
      const change = demoStatusChange(config, scenario, index, status);
      if (change) await updateTicket(db, agent, ticket.id, change);
      if (status === 'closed') await updateTicket(db, agent, ticket.id, { status: 'closed' });
    }
    const ageHours = 2 + rand() * 24 * (status === 'closed' || status === 'solved' ? 30 : 10);
    await backdate(db, ticket.id, ageHours, rand);
  }
  const firstContact = contactIds[0];
  if (firstContact) {
    for (const id of await seedDemoTrash(db, system, firstContact))
      await backdate(db, id, 6 + rand() * 48, rand);
  }
  await seedTicketWork(db, workspace.id);
  await seedDemoSurveys(db, workspace.id);
  await seedDemoSla(db, workspace.id);
  return workspace.id;
}
