import { sql } from 'drizzle-orm';
import type { SlaConditions, SlaTargets, TicketPriority, TicketStatus } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import type { CalendarSpec } from './business-time';

/** An active policy as the engine reads it (ordered by position). */
export interface EnginePolicy {
  id: string;
  calendarId: string | null;
  conditions: Partial<SlaConditions>;
  targets: SlaTargets;
  pauseStatuses: string[];
}

/** A clock row as stored: [metric, policyId, state, targetMinutes, startedAt, dueAt, remaining, stoppedAt, breachedAt]. */
export type StoredClockTuple = [
  string,
  string | null,
  string,
  number,
  number,
  number | null,
  number | null,
  number | null,
  number | null,
];

/** One ticket's row, history and current SLA state, with instants as epoch milliseconds. */
export interface TicketFactsRow {
  id: string;
  status: TicketStatus;
  priority: TicketPriority;
  type: string | null;
  channel: string;
  teamId: string | null;
  companyId: string | null;
  tags: string[];
  createdAt: number;
  solvedAt: number | null;
  slaDueAt: number | null;
  slaPaused: boolean;
  slaBreachedAt: number | null;
  /** [status, startedAt, endedAt]; null when there is no active policy or the ticket is trashed. */
  intervals: [string, number, number | null][] | null;
  /** [at, authorType]; null when there is no active policy or the ticket is trashed. */
  replies: [number, 'agent' | 'contact'][] | null;
  clocks: StoredClockTuple[] | null;
}

/** Everything one recompute needs, from one statement. */
export interface SlaFacts {
  policies: EnginePolicy[];
  /** Calendar id → spec (from the process cache when unchanged). */
  calendars: Map<string, CalendarSpec>;
  tickets: TicketFactsRow[];
}

interface CalendarOut {
  id: string;
  key: string;
  spec: CalendarSpec | null;
}

/** Calendar specs per workspace, keyed `id:updatedAtMs`, so unchanged calendars are not re-read. */
const calendarCache = new Map<string, Map<string, CalendarSpec>>();
const MAX_CACHED_WORKSPACES = 2_000;

function ms(column: string) {
  return sql.raw(`(extract(epoch from ${column}) * 1000)::float8`);
}

/**
 * Reads, in ONE statement, what the clocks of these tickets depend on: the workspace's active
 * policies (by position) and their calendars (only those this process has not cached in their
 * current version), and per ticket its matching fields, status history (`ticket_stage_intervals_ticket_idx`),
 * public replies (`messages_ticket_idx`) and stored clocks (primary key). Without an active policy
 * the history and replies are not read, so the statement stays cheap.
 */
export async function loadSlaFacts(db: DbOrTx, workspaceId: string, ticketIds: string[]): Promise<SlaFacts> {
  let cached = calendarCache.get(workspaceId);
  if (!cached) {
    if (calendarCache.size >= MAX_CACHED_WORKSPACES) calendarCache.clear();
    cached = new Map();
    calendarCache.set(workspaceId, cached);
  }
  // A snapshot: a concurrent call may replace an entry while this statement runs.
  const snapshot = new Map(cached);
  const known = [...snapshot.keys()].join(',');
  const result = await db.execute<{
    policies: EnginePolicy[];
    calendars: CalendarOut[];
    tickets: TicketFactsRow[];
  }>(sql`
    WITH pol AS (
      SELECT p.id, p.position, p.calendar_id, p.conditions, p.targets, p.pause_statuses
        FROM sla_policies p
       WHERE p.workspace_id = ${workspaceId}::uuid AND p.active
    ), flag AS (SELECT EXISTS (SELECT 1 FROM pol) AS any_policy)
    SELECT
      (SELECT coalesce(json_agg(json_build_object(
                'id', pol.id, 'calendarId', pol.calendar_id, 'conditions', pol.conditions,
                'targets', pol.targets, 'pauseStatuses', pol.pause_statuses) ORDER BY pol.position, pol.id), '[]'::json)
         FROM pol) AS policies,
      (SELECT coalesce(json_agg(json_build_object('id', c.id, 'key', k.key, 'spec',
                CASE WHEN k.key = ANY (string_to_array(${known}, ',')) THEN NULL
                     ELSE json_build_object('timeZone', c.time_zone, 'hours', c.hours, 'holidays', c.holidays) END)), '[]'::json)
         FROM business_calendars c
         CROSS JOIN LATERAL (SELECT c.id::text || ':' || ${ms('c.updated_at')}::bigint::text AS key) k
        WHERE c.workspace_id = ${workspaceId}::uuid
          AND c.id IN (SELECT calendar_id FROM pol)) AS calendars,
      (SELECT coalesce(json_agg(json_build_object(
                'id', t.id, 'status', t.status, 'priority', t.priority, 'type', t.type,
                'channel', t.channel, 'teamId', t.team_id, 'companyId', t.company_id, 'tags', t.tags,
                'createdAt', ${ms('t.created_at')}, 'solvedAt', ${ms('t.solved_at')},
                'slaDueAt', ${ms('t.sla_due_at')}, 'slaPaused', t.sla_paused,
                'slaBreachedAt', ${ms('t.sla_breached_at')},
                'intervals', CASE WHEN flag.any_policy AND t.status <> 'trashed' THEN
                  (SELECT json_agg(json_build_array(i.value, ${ms('i.started_at')}, ${ms('i.ended_at')})
                                   ORDER BY i.started_at, i.id)
                     FROM ticket_stage_intervals i
                    WHERE i.ticket_id = t.id AND i.dimension = 'status') END,
                'replies', CASE WHEN flag.any_policy AND t.status <> 'trashed' THEN
                  (SELECT json_agg(json_build_array(${ms('m.created_at')}, m.author_type)
                                   ORDER BY m.created_at, m.id)
                     FROM messages m
                    WHERE m.ticket_id = t.id AND m.kind = 'reply' AND m.author_type IN ('agent', 'contact')) END,
                'clocks', (SELECT json_agg(json_build_array(
                                    s.metric, s.policy_id, s.state, s.target_minutes, ${ms('s.started_at')},
                                    ${ms('s.due_at')}, s.remaining_seconds, ${ms('s.stopped_at')}, ${ms('s.breached_at')}))
                             FROM ticket_sla_clocks s WHERE s.ticket_id = t.id))), '[]'::json)
         FROM tickets t CROSS JOIN flag
        WHERE t.workspace_id = ${workspaceId}::uuid
          AND t.id = ANY (string_to_array(${ticketIds.join(',')}, ',')::uuid[])) AS tickets`);
  const row = result.rows[0];
  if (!row) throw new Error('SLA facts query returned nothing');
  const calendars = new Map<string, CalendarSpec>();
  for (const calendar of row.calendars) {
    let spec = calendar.spec ?? snapshot.get(calendar.key);
    if (!spec) throw new Error(`SLA calendar ${calendar.id} is missing from the cache`);
    if (calendar.spec) {
      // A new version replaces older ones of the same calendar.
      for (const key of cached.keys()) if (key.startsWith(`${calendar.id}:`)) cached.delete(key);
      cached.set(calendar.key, calendar.spec);
      spec = calendar.spec;
    }
    calendars.set(calendar.id, spec);
  }
  return { policies: row.policies, calendars, tickets: row.tickets };
}
