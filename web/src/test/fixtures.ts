import type { Agent, Message, Session, SlaClock, Team, Ticket, TicketCounts } from '@atiende/contracts';

/** Stable UUIDs for fixtures (valid v4 shape, so contract id checks accept them). */
export const ids = {
  workspace: '0b6c1a4e-8f1d-4a51-9d0c-000000000001',
  me: '0b6c1a4e-8f1d-4a51-9d0c-0000000000a1',
  otherAgent: '0b6c1a4e-8f1d-4a51-9d0c-0000000000a2',
  team: '0b6c1a4e-8f1d-4a51-9d0c-0000000000b1',
  contact: '0b6c1a4e-8f1d-4a51-9d0c-0000000000c1',
  company: '0b6c1a4e-8f1d-4a51-9d0c-0000000000d1',
  ticket: '0b6c1a4e-8f1d-4a51-9d0c-0000000000e1',
  ticket2: '0b6c1a4e-8f1d-4a51-9d0c-0000000000e2',
  message: '0b6c1a4e-8f1d-4a51-9d0c-0000000000f1',
};

const at = '2025-11-20T10:00:00.000Z';

export function makeAgent(overrides: Partial<Agent> = {}): Agent {
  return {
    id: ids.me,
    name: 'Ana Beltrán',
    email: 'ana@atiende.test',
    role: 'agent',
    locale: 'es',
    active: true,
    teamIds: [ids.team],
    createdAt: at,
    ...overrides,
  };
}

export function makeTeam(overrides: Partial<Team> = {}): Team {
  return { id: ids.team, name: 'Soporte N1', memberIds: [ids.me], createdAt: at, ...overrides };
}

export function makeSession(overrides: Partial<Session> = {}): Session {
  return {
    agent: makeAgent(),
    workspace: {
      id: ids.workspace,
      name: 'Acme Soporte',
      slug: 'acme',
      defaultLocale: 'es',
      timezone: 'America/Bogota',
    },
    abilities: ['tickets.read', 'tickets.write', 'contacts.write', 'companies.write'],
    csrfToken: 'csrf-test-token',
    ...overrides,
  };
}

export function makeTicket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: ids.ticket,
    number: 1042,
    subject: 'No puedo descargar mi factura',
    status: 'open',
    priority: 'high',
    type: 'billing',
    channel: 'email',
    requester: { id: ids.contact, name: 'Carlos Pérez', email: 'carlos@cliente.test' },
    company: { id: ids.company, name: 'Cliente SA' },
    assignee: { id: ids.me, name: 'Ana Beltrán' },
    team: { id: ids.team, name: 'Soporte N1' },
    tags: ['factura'],
    messageCount: 1,
    createdAt: at,
    updatedAt: at,
    firstResponseAt: null,
    solvedAt: null,
    closedAt: null,
    lastMessageAt: at,
    customStatus: null,
    resolution: null,
    resolutionReason: null,
    trashedAt: null,
    trashReason: null,
    customFields: {},
    nextActivityDueAt: null,
    activityIndicator: 'none',
    slaDueAt: null,
    slaBreachedAt: null,
    slaIndicator: 'none',
    ...overrides,
  };
}

export function makeMessage(overrides: Partial<Message> = {}): Message {
  return {
    id: ids.message,
    ticketId: ids.ticket,
    kind: 'reply',
    channel: 'email',
    author: { type: 'contact', id: ids.contact, name: 'Carlos Pérez' },
    bodyText: 'Hola, no puedo descargar la factura de octubre.',
    bodyHtml: '<p>Hola, no puedo descargar la factura de octubre.</p>',
    attachments: [],
    createdAt: at,
    ...overrides,
  };
}

export function makeCounts(overrides: Partial<TicketCounts> = {}): TicketCounts {
  return {
    byStatus: { new: 2, open: 3, pending: 1, on_hold: 0, solved: 0, closed: 0, trashed: 0 },
    mine: 2,
    unassigned: 1,
    ...overrides,
  };
}

/** The moment SLA fixtures are built around; pass it as "now" so remaining times are exact. */
export const SLA_NOW = Date.parse('2026-03-02T15:00:00.000Z');

/** `minutes` after (or, negative, before) `SLA_NOW`, as an ISO timestamp. */
export const slaAt = (minutes: number): string => new Date(SLA_NOW + minutes * 60_000).toISOString();

/** A first-response clock started 40 min before `SLA_NOW`, running, due 80 min after it. */
export function makeSlaClock(overrides: Partial<SlaClock> = {}): SlaClock {
  return {
    metric: 'first_response',
    state: 'running',
    targetMinutes: 120,
    startedAt: slaAt(-40),
    dueAt: slaAt(80),
    remainingSeconds: 80 * 60,
    stoppedAt: null,
    breachedAt: null,
    ...overrides,
  };
}
