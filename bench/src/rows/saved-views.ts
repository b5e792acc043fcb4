import {
  UNRESOLVED_STATUSES,
  type SavedView,
  type SavedViewCounts,
  type ViewQuery,
} from '@atiende/contracts';
import { savedViewCounts } from '@atiende/server/src/queries/saved-views';
import type { AgentHttp } from '../bench/http-client';
import { expectStatus } from '../bench/http-client';
import { failedRow, type BenchContext, type RowResult } from '../bench/context';
import { measure, measureRaw } from '../bench/measure';
import { withServerTime } from '../bench/server-metrics';
import { at } from '../gen/random';
import type { AgentRef } from '../gen/staff';
import { agentContext } from '../raw/agent-context';
import { captureStatements, replayStatements } from '../raw/capture-sql';
import { throughputRatio } from '../stats';

const ID = 'views.counts';
const LABEL = 'saved views: counts of 10 views';
const DAY = 86_400_000;

/** A view to create: shared ones through the admin, personal ones through the agent who asks. */
interface ViewSpec {
  name: string;
  shared: boolean;
  query: Omit<ViewQuery, 'sort'>;
}

/**
 * Ten views an agent of a help desk keeps in the sidebar: the shared queues a supervisor sets up
 * and a few personal ones, mixing indexed filters (status, assignee, team) with ones that are not
 * (tags, type, activity due, a creation window).
 */
function viewSpecs(ctx: BenchContext, agent: AgentRef): ViewSpec[] {
  const unresolved = [...UNRESOLVED_STATUSES];
  const team = at(ctx.staff.teams, at(agent.teams, 0));
  const billing = at(ctx.staff.teams, 2);
  return [
    { name: 'Sin resolver', shared: true, query: { status: unresolved } },
    { name: 'Sin asignar', shared: true, query: { status: ['new', 'open'], assigneeId: 'none' } },
    { name: `Cola ${team.name}`, shared: true, query: { status: unresolved, teamId: team.id } },
    { name: 'Urgentes', shared: true, query: { status: unresolved, priority: ['critical', 'high'] } },
    { name: 'VIP abiertos', shared: true, query: { status: unresolved, tags: ['vip'] } },
    {
      name: 'Facturación pendiente',
      shared: true,
      query: { status: ['pending'], type: ['billing'], teamId: billing.id },
    },
    { name: 'Mis tickets', shared: false, query: { status: unresolved, assigneeId: agent.id } },
    { name: 'Mis actividades vencidas', shared: false, query: { activity: ['due'], assigneeId: agent.id } },
    { name: 'Escalados', shared: false, query: { tags: ['escalado'] } },
    {
      name: 'Última semana',
      shared: false,
      query: { createdFrom: new Date(ctx.endMs - 7 * DAY).toISOString(), status: unresolved },
    },
  ];
}

interface Created {
  view: SavedView;
  owner: AgentHttp;
}

async function createViews(ctx: BenchContext, agentSession: AgentHttp, agent: AgentRef): Promise<Created[]> {
  const admin = at(ctx.sessions, 0);
  const created: Created[] = [];
  for (const [position, spec] of viewSpecs(ctx, agent).entries()) {
    const owner = spec.shared ? admin : agentSession;
    const view = await owner.json<SavedView>(
      'POST',
      '/api/views',
      {
        name: `${spec.name} (bench ${ctx.runId})`,
        shared: spec.shared,
        query: { ...spec.query, sort: 'updated_desc' },
        position,
      },
      201,
    );
    created.push({ view, owner });
  }
  return created;
}

async function deleteViews(created: readonly Created[]): Promise<void> {
  for (const { view, owner } of created) {
    const res = await owner.request('DELETE', `/api/views/${view.id}`);
    expectStatus(res, 204, 'delete view');
  }
}

/** Both sides count the same tickets: the API's counts equal the captured savedViewCounts() call. */
function sameCounts(api: SavedViewCounts, captured: SavedViewCounts): string {
  const ids = Object.keys(captured);
  const differing = ids.filter((id) => api[id] !== captured[id]);
  const total = ids.reduce((sum, id) => sum + (captured[id] ?? 0), 0);
  return differing.length === 0
    ? `${String(ids.length)} views, ${total.toLocaleString('en-US')} matching tickets in all, API = raw`
    : `${String(differing.length)} of ${String(ids.length)} counts differ between API and raw`;
}

/**
 * GET /api/views/counts for an agent who sees 6 shared and 4 personal views (created through the
 * API at the start of the row, deleted at the end; the dataset reset removes leftovers). The raw
 * twin replays the statements savedViewCounts() issues (the visible views, then one pass over the
 * workspace's tickets with a FILTER per view), captured from the server's own function.
 */
export async function savedViewCountsRow(ctx: BenchContext): Promise<RowResult> {
  const index = ctx.staff.agents.findIndex((a) => a.role === 'agent');
  const agent = ctx.staff.agents[index];
  const session = ctx.sessions[index];
  if (!agent || !session) return failedRow(ID, LABEL, null, new Error('no plain agent signed in'));
  let created: Created[] = [];
  try {
    created = await createViews(ctx, session, agent);
    const { result: expected, statements } = await captureStatements(ctx.pool, (db) =>
      savedViewCounts(db, agentContext(ctx.workspaceId, agent)),
    );
    const check = sameCounts(await session.json<SavedViewCounts>('GET', '/api/views/counts'), expected);
    const { result: api, serverMeanMs } = await withServerTime(ctx.baseUrl, () =>
      measure(async () => {
        const res = await session.request('GET', '/api/views/counts');
        expectStatus(res, 200, LABEL);
      }, ctx.budgets.read),
    );
    const raw = await measureRaw(
      ctx.pool,
      (client) => replayStatements(client, statements),
      ctx.budgets.read,
    );
    return {
      id: ID,
      label: LABEL,
      api,
      raw,
      ratio: throughputRatio(api, raw),
      serverMeanMs,
      target: null,
      note: check,
      sample: statements.at(-1),
    };
  } catch (error) {
    return failedRow(ID, LABEL, null, error);
  } finally {
    await deleteViews(created).catch((error: unknown) => {
      ctx.log(`  could not delete the bench views (the dataset reset will): ${String(error)}`);
    });
  }
}
