import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ActivityKind } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { agents, tickets } from '../db/schema';
import { systemContext } from '../lib/auth-context';
import { createActivity } from '../commands/activities/create-activity';
import { updateActivity } from '../commands/activities/update-activity';
import { linkTickets } from '../commands/tickets/link-tickets';

const HOUR = 60 * 60 * 1000;

/** One follow-up per plan step, so the demo shows every light: green, red (overdue and due soon), grey. */
const ACTIVITY_PLAN: ({ title: string; kind: ActivityKind; dueInHours: number; done?: boolean } | null)[] = [
  { title: 'Llamar al cliente para confirmar la solución', kind: 'call', dueInHours: 48 },
  { title: 'Consultar con facturación', kind: 'task', dueInHours: -3 },
  { title: 'Enviar el resumen por correo', kind: 'email', dueInHours: 0.6 },
  { title: 'Reunión de seguimiento con el cliente', kind: 'meeting', dueInHours: 120 },
  { title: 'Verificar los datos de contacto', kind: 'task', dueInHours: -24, done: true },
  null,
  { title: 'Devolver la llamada al cliente', kind: 'call', dueInHours: 4 },
];
const ACTIVITY_TICKETS = 14;

/** A problem is the subject most customers report at once; this one reads best in the demo. */
const PREFERRED_PROBLEM = 'La integración con nuestro ERP dejó de sincronizar';
const MAX_INCIDENTS = 3;

interface SeedTicket {
  id: string;
  subject: string;
  number: number;
  assigneeAgentId: string | null;
}

/** Unresolved tickets grouped by subject, largest group first (then by first number). */
function groupsBySubject(open: SeedTicket[]): SeedTicket[][] {
  const groups = new Map<string, SeedTicket[]>();
  for (const ticket of open) groups.set(ticket.subject, [...(groups.get(ticket.subject) ?? []), ticket]);
  return [...groups.values()]
    .filter((g) => g.length >= 2)
    .sort((a, b) => b.length - a.length || (a[0]?.number ?? 0) - (b[0]?.number ?? 0));
}

/**
 * Adds the ticket-work side of the demo workspace, through the real commands (events, next due
 * dates): follow-up activities on the first unresolved tickets covering every indicator state,
 * one problem with up to three incidents (tickets reporting the same failure), and a `related`
 * pair. Deterministic for a given set of tickets; run once, after the tickets exist.
 */
export async function seedTicketWork(db: DbOrTx, workspaceId: string): Promise<void> {
  const system = systemContext(workspaceId);
  const open = await db
    .select({
      id: tickets.id,
      subject: tickets.subject,
      number: tickets.number,
      assigneeAgentId: tickets.assigneeAgentId,
    })
    .from(tickets)
    .where(
      and(
        eq(tickets.workspaceId, workspaceId),
        inArray(tickets.status, ['new', 'open', 'pending', 'on_hold']),
      ),
    )
    .orderBy(asc(tickets.number));
  const team = await db
    .select({ id: agents.id })
    .from(agents)
    .where(and(eq(agents.workspaceId, workspaceId), eq(agents.active, true)))
    .orderBy(asc(agents.name));

  const now = Date.now();
  for (const [index, ticket] of open.slice(0, ACTIVITY_TICKETS).entries()) {
    const plan = ACTIVITY_PLAN[index % ACTIVITY_PLAN.length];
    if (!plan) continue;
    const activity = await createActivity(db, system, ticket.id, {
      title: plan.title,
      kind: plan.kind,
      dueAt: new Date(now + plan.dueInHours * HOUR).toISOString(),
      ownerId: ticket.assigneeAgentId ?? team[index % Math.max(team.length, 1)]?.id ?? null,
    });
    if (plan.done) await updateActivity(db, system, activity.id, { done: true });
  }

  const groups = groupsBySubject(open);
  const problemGroup = groups.find((g) => g[0]?.subject === PREFERRED_PROBLEM) ?? groups[0];
  if (problemGroup) {
    const [problem, ...incidents] = problemGroup;
    for (const incident of incidents.slice(0, MAX_INCIDENTS)) {
      if (problem)
        await linkTickets(db, system, incident.id, { targetTicketId: problem.id, kind: 'incident' });
    }
  }
  const relatedGroup = groups.find((g) => g !== problemGroup);
  const [first, second] = relatedGroup ?? [];
  if (first && second)
    await linkTickets(db, system, first.id, { targetTicketId: second.id, kind: 'related' });
}
