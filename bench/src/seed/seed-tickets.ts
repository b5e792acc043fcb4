import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { textToHtml } from '@atiende/server/src/lib/message-html';
import type { LocaleCode } from '../gen/language';
import { PACKS } from '../gen/people';
import { hashSeed, mulberry32, type Rng } from '../gen/random';
import { TextGenerator, type MessageContext } from '../gen/text';
import { statusStretches } from '../gen/status-stretches';
import { planSurvey } from '../gen/survey-plan';
import type { TicketPlan, TicketPlanner } from '../gen/ticket-plan';
import { copyInto, copyLine, textArray, timestamp } from './copy';
import { SLA_CLOCK_COLUMNS, type SlaPlanner, type TicketSla } from './sla-lines';
import {
  INVITATION_COLUMNS,
  invitationLines,
  RESPONSE_COLUMNS,
  responseLines,
  type PlannedSurvey,
} from './survey-lines';

const TICKET_COLUMNS = [
  'id',
  'workspace_id',
  'number',
  'subject',
  'status',
  'priority',
  'type',
  'channel',
  'requester_contact_id',
  'company_id',
  'assignee_agent_id',
  'team_id',
  'tags',
  'message_count',
  'created_at',
  'updated_at',
  'first_response_at',
  'solved_at',
  'closed_at',
  'last_message_at',
  'resolution',
  'sla_due_at',
  'sla_paused',
  'sla_breached_at',
];
const MESSAGE_COLUMNS = [
  'id',
  'workspace_id',
  'ticket_id',
  'kind',
  'channel',
  'author_type',
  'author_agent_id',
  'author_contact_id',
  'body_text',
  'body_html',
  'created_at',
];
const EVENT_COLUMNS = ['workspace_id', 'type', 'ticket_id', 'entity_id', 'actor', 'changes', 'created_at'];
const STAGE_COLUMNS = ['workspace_id', 'ticket_id', 'dimension', 'value', 'started_at', 'ended_at'];

/** Counts of what one chunk wrote. */
export interface ChunkCounts {
  tickets: number;
  messages: number;
  events: number;
  slaClocks: number;
  surveys: number;
}

/** Writes tickets chunk by chunk; each chunk's tickets, messages and events commit together. */
export class TicketChunkWriter {
  private readonly texts: Record<LocaleCode, TextGenerator> = {
    es: new TextGenerator(PACKS.es),
    'pt-BR': new TextGenerator(PACKS['pt-BR']),
    en: new TextGenerator(PACKS.en),
  };

  constructor(
    private readonly client: pg.ClientBase,
    private readonly planner: TicketPlanner,
    private readonly workspaceId: string,
    private readonly seed: number,
    private readonly sla: SlaPlanner,
    private readonly endMs: number,
  ) {}

  /**
   * Writes tickets [first, first + count) — their random stream depends only on the chunk index,
   * so a resumed seed generates the same data. `onTicket` is called as each ticket's thread is
   * streamed (for the progress bar).
   */
  async write(chunk: number, first: number, count: number, onTicket: () => void): Promise<ChunkCounts> {
    const rng = mulberry32(hashSeed(this.seed, 'chunk', chunk));
    const plans: TicketPlan[] = [];
    const subjects: string[] = [];
    for (let i = first; i < first + count; i++) {
      const plan = this.planner.plan(i, rng);
      plans.push(plan);
      subjects.push(this.texts[plan.contact.locale].subject(rng));
    }
    const slas = plans.map((p) => this.sla.forPlan(p));
    // Its own stream, so adding surveys left every earlier stream (and so the tickets) unchanged.
    const surveyRng = mulberry32(hashSeed(this.seed, 'survey', chunk));
    const surveys: PlannedSurvey[] = plans.flatMap((ticket, i) => {
      const survey = planSurvey(ticket, slas[i]?.breachedAt != null, this.endMs, surveyRng, randomUUID());
      return survey ? [{ ticket, survey }] : [];
    });
    let messages = 0;
    await this.client.query('BEGIN');
    try {
      // The server's trigger would open one stretch per dimension at "now"; the seed writes each
      // ticket's whole past instead (below). DDL is transactional, so a crash re-enables it.
      await this.client.query('ALTER TABLE tickets DISABLE TRIGGER tickets_stage_insert');
      await copyInto(this.client, 'tickets', TICKET_COLUMNS, this.ticketLines(plans, subjects, slas));
      await this.client.query('ALTER TABLE tickets ENABLE TRIGGER tickets_stage_insert');
      await copyInto(this.client, 'ticket_stage_intervals', STAGE_COLUMNS, this.stageLines(plans));
      await copyInto(
        this.client,
        'messages',
        MESSAGE_COLUMNS,
        this.messageLines(plans, rng, (n) => {
          messages += n;
          onTicket();
        }),
      );
      await copyInto(this.client, 'events', EVENT_COLUMNS, this.eventLines(plans, subjects));
      await copyInto(this.client, 'ticket_sla_clocks', SLA_CLOCK_COLUMNS, this.clockLines(plans, slas));
      await copyInto(
        this.client,
        'survey_invitations',
        INVITATION_COLUMNS,
        invitationLines(this.workspaceId, surveys),
      );
      await copyInto(
        this.client,
        'survey_responses',
        RESPONSE_COLUMNS,
        responseLines(this.workspaceId, surveys),
      );
      await this.client.query('COMMIT');
    } catch (error) {
      await this.client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    return {
      tickets: plans.length,
      messages,
      events: plans.length,
      slaClocks: slas.reduce((n, sla) => n + (sla?.clocks.length ?? 0), 0),
      surveys: surveys.length,
    };
  }

  private *clockLines(plans: readonly TicketPlan[], slas: readonly (TicketSla | null)[]): Generator<string> {
    for (const [i, p] of plans.entries()) {
      const sla = slas[i];
      if (sla) yield* this.sla.clockLines(this.workspaceId, p.id, sla);
    }
  }

  private *ticketLines(
    plans: readonly TicketPlan[],
    subjects: readonly string[],
    slas: readonly (TicketSla | null)[],
  ): Generator<string> {
    for (const [i, p] of plans.entries()) {
      const sla = slas[i] ?? null;
      yield copyLine([
        p.id,
        this.workspaceId,
        p.number,
        subjects[i] ?? '',
        p.status,
        p.priority,
        p.type,
        p.channel,
        p.contact.id,
        p.contact.companyId,
        p.assignee?.id ?? null,
        p.teamId,
        textArray(p.tags),
        p.messages.length,
        timestamp(p.createdAt),
        timestamp(p.updatedAt),
        timestamp(p.firstResponseAt),
        timestamp(p.solvedAt),
        timestamp(p.closedAt),
        timestamp(p.lastMessageAt),
        p.solvedAt === null ? null : 'finalized',
        timestamp(sla?.dueAt ?? null),
        sla?.paused ? 't' : 'f',
        timestamp(sla?.breachedAt ?? null),
      ]);
    }
  }

  private body(p: TicketPlan, index: number, rng: Rng): string {
    const message = p.messages[index];
    const text = this.texts[p.contact.locale];
    const ctx: MessageContext = {
      customerFirstName: p.contact.firstName,
      customerFullName: p.contact.name,
      agentFirstName: message?.agent?.firstName ?? '',
    };
    const live = p.channel === 'chat' || p.channel === 'whatsapp';
    if (message?.kind === 'note') return text.note(rng, ctx);
    if (live) return text.chatLine(rng, ctx);
    if (message?.author === 'agent') return text.agentReply(rng, ctx);
    return index === 0 ? text.customerEmail(rng, ctx) : text.customerFollowUp(rng, ctx);
  }

  private *messageLines(
    plans: readonly TicketPlan[],
    rng: Rng,
    onTicket: (messages: number) => void,
  ): Generator<string> {
    for (const p of plans) {
      for (const [i, m] of p.messages.entries()) {
        const body = this.body(p, i, rng);
        yield copyLine([
          randomUUID(),
          this.workspaceId,
          p.id,
          m.kind,
          p.channel,
          m.author,
          m.agent?.id ?? null,
          m.author === 'contact' ? p.contact.id : null,
          body,
          textToHtml(body),
          timestamp(m.at),
        ]);
      }
      onTicket(p.messages.length);
    }
  }

  /** Time in stage as the server's trigger would have recorded it (see `statusStretches`). */
  private *stageLines(plans: readonly TicketPlan[]): Generator<string> {
    const line = (p: TicketPlan, dimension: string, value: string | null, from: number, to: number | null) =>
      copyLine([this.workspaceId, p.id, dimension, value, timestamp(from), timestamp(to)]);
    for (const p of plans) {
      for (const s of statusStretches(p)) yield line(p, 'status', s.status, s.from, s.to);
      yield line(p, 'assignee', p.assignee?.id ?? null, p.createdAt, null);
      yield line(p, 'team', p.teamId, p.createdAt, null);
    }
  }

  /** One `ticket.created` event per ticket, shaped like the server's own. */
  private *eventLines(plans: readonly TicketPlan[], subjects: readonly string[]): Generator<string> {
    for (const [i, p] of plans.entries()) {
      const actor = JSON.stringify({ type: 'contact', id: p.contact.id, name: p.contact.name });
      const changes = JSON.stringify([
        { field: 'number', from: null, to: p.number },
        { field: 'subject', from: null, to: subjects[i] ?? '' },
        { field: 'status', from: null, to: 'new' },
        { field: 'priority', from: null, to: p.priority },
        { field: 'channel', from: null, to: p.channel },
      ]);
      yield copyLine([
        this.workspaceId,
        'ticket.created',
        p.id,
        p.id,
        actor,
        changes,
        timestamp(p.createdAt),
      ]);
    }
  }
}
