import { UNRESOLVED_STATUSES } from '@atiende/contracts';
import { expectStatus } from '../bench/http-client';
import { failedRow, type BenchContext, type RowResult } from '../bench/context';
import { measure, measureRaw } from '../bench/measure';
import { withServerTime } from '../bench/server-metrics';
import { encodeCursor } from '@atiende/server/src/queries/keyset-cursor';
import { at } from '../gen/random';
import { inboxQueryString, inboxStatement, type InboxFilter } from '../raw/ticket-select';
import { TARGETS } from '../report/targets';
import { throughputRatio } from '../stats';

interface View {
  id: string;
  label: string;
  /** The filter for iteration i, and the session index that asks. */
  filter: (i: number) => { filter: InboxFilter; session: number; cursor?: string };
}

const PAGE = 50;

/**
 * Keyset positions after pages 10, 11, … of the all-tickets inbox, as the server's own cursor
 * (encodeCursor) plus the raw values. Found with one indexed SQL query instead of walking the
 * pages through the API, which is exactly the slow path being measured.
 */
async function deepCursors(ctx: BenchContext, fromPage: number, pages: number) {
  const found = await ctx.pool.query<{ updated_at: Date; id: string }>(
    `SELECT updated_at, id FROM tickets WHERE workspace_id = $1
      ORDER BY updated_at DESC NULLS LAST, id DESC NULLS LAST OFFSET $2 LIMIT $3`,
    [ctx.workspaceId, fromPage * PAGE - 1, pages * PAGE],
  );
  return found.rows
    .filter((_row, i) => i % PAGE === 0)
    .map((row) => {
      const keyset = [row.updated_at.toISOString(), row.id] as const;
      return { cursor: encodeCursor('updated_desc', [...keyset]), keyset };
    });
}

/**
 * The agent inbox as the web app asks for it (50 per page): the default unresolved view, "mine",
 * a team queue sorted by priority, unassigned, and deep keyset pages of all tickets. Each through
 * GET /api/tickets and as the same SQL statement over a plain connection.
 */
export async function inboxRows(ctx: BenchContext): Promise<RowResult[]> {
  const unresolved = [...UNRESOLVED_STATUSES];
  const agents = ctx.staff.agents.map((a, i) => ({ ...a, session: i })).filter((a) => a.role === 'agent');
  const deep = await deepCursors(ctx, 10, 30);
  const views: View[] = [
    {
      id: 'inbox.unresolved',
      label: 'inbox: unresolved, newest',
      filter: (i) => ({
        filter: { status: unresolved, sort: 'updated_desc', limit: PAGE },
        session: Math.abs(i) % 2,
      }),
    },
    {
      id: 'inbox.mine',
      label: 'inbox: mine (assignee+status)',
      filter: (i) => {
        const agent = at(agents, Math.abs(i) % agents.length);
        return {
          filter: { status: unresolved, assigneeId: agent.id, sort: 'updated_desc', limit: PAGE },
          session: agent.session,
        };
      },
    },
    {
      id: 'inbox.team',
      label: 'inbox: team queue by priority',
      filter: (i) => ({
        filter: {
          status: unresolved,
          teamId: at(ctx.staff.teams, Math.abs(i) % ctx.staff.teams.length).id,
          sort: 'priority',
          limit: PAGE,
        },
        session: 0,
      }),
    },
    {
      id: 'inbox.unassigned',
      label: 'inbox: unassigned',
      filter: () => ({
        filter: { status: ['new', 'open'], assigneeId: 'none', sort: 'updated_desc', limit: PAGE },
        session: 0,
      }),
    },
  ];
  if (deep.length > 0) {
    views.push({
      id: 'inbox.deep',
      label: `inbox: all, pages 11–${10 + deep.length} (keyset)`,
      filter: (i) => {
        const { cursor, keyset } = at(deep, Math.abs(i) % deep.length);
        return { filter: { sort: 'updated_desc', limit: PAGE, after: keyset }, session: 0, cursor };
      },
    });
  }

  const rows: RowResult[] = [];
  for (const view of views) {
    try {
      const { result: api, serverMeanMs } = await withServerTime(ctx.baseUrl, () =>
        measure(async (i) => {
          const { filter, session, cursor } = view.filter(i);
          const res = await at(ctx.sessions, session).request('GET', inboxQueryString(filter, cursor));
          expectStatus(res, 200, view.label);
        }, ctx.budgets.read),
      );
      const raw = await measureRaw(
        ctx.pool,
        (client, i) => {
          const statement = inboxStatement(ctx.workspaceId, view.filter(i).filter);
          return client.query(statement.text, statement.values);
        },
        ctx.budgets.read,
      );
      rows.push({
        id: view.id,
        label: view.label,
        api,
        raw,
        ratio: throughputRatio(api, raw),
        serverMeanMs,
        target: TARGETS.inbox,
        sample: inboxStatement(ctx.workspaceId, view.filter(0).filter),
      });
    } catch (error) {
      rows.push(failedRow(view.id, view.label, TARGETS.inbox, error));
    }
  }
  return rows;
}
