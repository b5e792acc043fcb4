import { randomUUID } from 'node:crypto';
import type { ContactRef } from './people';
import {
  CHANNELS,
  FIRST_RESPONSE_MEDIAN_HOURS,
  PRIORITIES,
  statusesForAge,
  TAGS,
  THREAD_LENGTHS,
  TYPES,
  type Channel,
  type Priority,
  type Status,
  type TicketType,
} from './proportions';
import { chance, logNormal, Weighted, type Rng } from './random';
import { TEAM, type AgentRef, type Staff } from './staff';
import type { Timeline } from './timeline';
import { Zipf, ZipfList } from './zipf';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Solved tickets close automatically this long after being solved. */
const AUTO_CLOSE_MS = 4 * DAY;

export interface MessagePlan {
  at: number;
  author: 'contact' | 'agent';
  kind: 'reply' | 'note';
  agent: AgentRef | null;
}

/** Everything about one ticket except its message texts (generated while streaming). */
export interface TicketPlan {
  id: string;
  number: number;
  status: Status;
  priority: Priority;
  type: TicketType | null;
  channel: Channel;
  contact: ContactRef;
  assignee: AgentRef | null;
  teamId: string | null;
  tags: string[];
  createdAt: number;
  updatedAt: number;
  firstResponseAt: number | null;
  solvedAt: number | null;
  closedAt: number | null;
  lastMessageAt: number;
  messages: MessagePlan[];
}

const TAG_COUNT = new Weighted<number>([
  [0, 50],
  [1, 30],
  [2, 15],
  [3, 5],
]);
/** Makes a bijection rank → contact index so that heavy requesters are spread over the list. */
const SPREAD_PRIME = 1_000_003;

/**
 * Plans tickets: who asked (Zipf over contacts: a few customers file many tickets), routing to a
 * team and agent, a status that depends on age, a thread whose timing follows first-response and
 * follow-up delays, and the timestamps the inbox and reports read.
 */
export class TicketPlanner {
  private readonly requesters: Zipf;
  private readonly teamMembers: ZipfList<AgentRef>[];
  private readonly tags = new ZipfList(TAGS, 1);

  constructor(
    private readonly staff: Staff,
    private readonly contacts: readonly ContactRef[],
    private readonly timeline: Timeline,
    private readonly total: number,
  ) {
    this.requesters = new Zipf(contacts.length, 0.5);
    this.teamMembers = staff.members.map((members) => new ZipfList(members, 0.6));
  }

  private contactFor(rng: Rng): ContactRef {
    const rank = this.requesters.sample(rng);
    const contact = this.contacts[(rank * SPREAD_PRIME) % this.contacts.length];
    if (!contact) throw new Error('no contacts');
    return contact;
  }

  private teamFor(rng: Rng, type: TicketType | null, channel: Channel): number {
    const live = channel === 'chat' || channel === 'whatsapp';
    switch (type) {
      case 'billing':
        return TEAM.billing;
      case 'onboarding':
        return TEAM.onboarding;
      case 'complaint':
        return TEAM.complaints;
      case 'technical':
        if (live && chance(rng, 0.5)) return TEAM.chat;
        return chance(rng, 0.7) ? TEAM.tier1 : TEAM.tier2;
      default:
        return live ? TEAM.chat : TEAM.tier1;
    }
  }

  private thread(rng: Rng, status: Status, priority: Priority, channel: Channel, agent: AgentRef | null) {
    const live = channel === 'chat' || channel === 'whatsapp';
    const pace = live ? 0.05 : 1;
    if (status === 'new') {
      const count = chance(rng, 0.15) ? 2 : 1;
      const gaps = [0, logNormal(rng, 3, 1) * HOUR * pace].slice(0, count);
      return { gaps, authors: gaps.map(() => 'contact' as const) };
    }
    let count = THREAD_LENGTHS.sample(rng);
    // Someone answered a ticket that is pending, solved or closed; pending waits on the customer.
    if (status !== 'open' && status !== 'on_hold' && count === 1) count = 2;
    if (status === 'pending' && count % 2 === 1 && count < 20) count += 1;
    const authors = Array.from({ length: count }, (_v, i) =>
      i % 2 === 1 && agent ? ('agent' as const) : ('contact' as const),
    );
    const gaps = authors.map((_a, i) => {
      if (i === 0) return 0;
      if (i === 1) return logNormal(rng, FIRST_RESPONSE_MEDIAN_HOURS[priority], 1) * HOUR * pace;
      return logNormal(rng, 5, 1.2) * HOUR * pace;
    });
    return { gaps, authors };
  }

  /** The plan for ticket `index` (0-based; its number is index + 1). */
  plan(index: number, rng: Rng): TicketPlan {
    const end = this.timeline.endMs;
    const createdAt = Math.floor(this.timeline.at((index + rng()) / this.total));
    const status = statusesForAge((end - createdAt) / DAY).sample(rng);
    const priority = PRIORITIES.sample(rng);
    const channel = CHANNELS.sample(rng);
    const type = TYPES.sample(rng);
    const contact = this.contactFor(rng);

    const team = this.teamFor(rng, type, channel);
    const unassigned = status === 'new' ? chance(rng, 0.75) : chance(rng, 0.03);
    const members = this.teamMembers[team];
    const assignee = unassigned || !members ? null : members.sample(rng);
    const teamId =
      status === 'new' && unassigned && chance(rng, 0.4) ? null : (this.staff.teams[team]?.id ?? null);

    const tags = new Set<string>();
    for (let n = TAG_COUNT.sample(rng); n > 0; n--) tags.add(this.tags.sample(rng));

    const { gaps, authors } = this.thread(rng, status, priority, channel, assignee);
    const solved = status === 'solved' || status === 'closed';
    const reserve = status === 'closed' ? AUTO_CLOSE_MS + HOUR : solved ? HOUR : 0;
    const available = Math.max(60_000, end - createdAt - reserve - 60_000);
    const total = gaps.reduce((a, b) => a + b, 0);
    const scale = total > available ? (available / total) * (0.5 + 0.45 * rng()) : 1;

    let at = createdAt;
    const messages: MessagePlan[] = gaps.map((gap, i) => {
      at += gap * scale;
      const author = authors[i] ?? 'contact';
      const note = author === 'agent' && i > 1 && chance(rng, 0.1);
      return {
        at: Math.floor(at),
        author,
        kind: note ? 'note' : 'reply',
        agent: author === 'agent' ? assignee : null,
      };
    });
    const lastMessageAt = messages.at(-1)?.at ?? createdAt;
    const clamp = (t: number) => Math.min(end - 1000, Math.max(lastMessageAt, Math.floor(t)));
    const solvedAt = solved ? clamp(lastMessageAt + logNormal(rng, 0.5, 1) * HOUR) : null;
    const closedAt = status === 'closed' && solvedAt !== null ? clamp(solvedAt + AUTO_CLOSE_MS) : null;
    const firstResponse = messages.find((m) => m.author === 'agent' && m.kind === 'reply');

    return {
      id: randomUUID(),
      number: index + 1,
      status,
      priority,
      type,
      channel,
      contact,
      assignee,
      teamId,
      tags: [...tags],
      createdAt,
      updatedAt: Math.max(lastMessageAt, solvedAt ?? 0, closedAt ?? 0),
      firstResponseAt: firstResponse?.at ?? null,
      solvedAt,
      closedAt,
      lastMessageAt,
      messages,
    };
  }
}
