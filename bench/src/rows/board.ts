import { BoardQuery, type Board } from '@atiende/contracts';
import { getBoard } from '@atiende/server/src/queries/board';
import { expectStatus } from '../bench/http-client';
import { failedRow, type BenchContext, type RowResult } from '../bench/context';
import { measure, measureRaw, type Budget } from '../bench/measure';
import { withServerTime } from '../bench/server-metrics';
import { at } from '../gen/random';
import { agentContext } from '../raw/agent-context';
import { captureStatements, replayStatements } from '../raw/capture-sql';
import type { Statement } from '../raw/ticket-select';
import { throughputRatio } from '../stats';

/** One board request: its query string and the statements getBoard() runs for it. */
interface BoardCase {
  path: string;
  statements: Statement[];
  /** Cards getBoard() returned when the statements were captured. */
  cards: number;
}

interface Variant {
  id: string;
  label: string;
  /** Query strings (without the leading `?`) the loop rotates over. */
  queries: string[];
}

/**
 * Captures the statements of getBoard() for every query of a variant (the server's own function,
 * run once against the bench database as the admin), so the raw loop replays exactly its SQL.
 */
async function boardCases(ctx: BenchContext, variant: Variant): Promise<BoardCase[]> {
  const admin = at(ctx.staff.agents, 0);
  const cases: BoardCase[] = [];
  for (const query of variant.queries) {
    const parsed = BoardQuery.parse(Object.fromEntries(new URLSearchParams(query)));
    const { result, statements } = await captureStatements(ctx.pool, (db) =>
      getBoard(db, agentContext(ctx.workspaceId, admin), parsed),
    );
    cases.push({ path: `/api/tickets/board?${query}`, statements, cards: result.cards.length });
  }
  return cases;
}

/**
 * The API and the raw twin agree on the work: the board the API returns has as many cards as the
 * captured getBoard() call, and the raw replay's card statement returns as many rows.
 */
async function cardCounts(ctx: BenchContext, boardCase: BoardCase): Promise<string> {
  const res = await at(ctx.sessions, 0).request('GET', boardCase.path);
  expectStatus(res, 200, 'board');
  const board = JSON.parse(res.body) as Board;
  const last = boardCase.statements.at(-1);
  const raw = last ? (await ctx.pool.query(last.text, last.values)).rowCount : null;
  const total = board.columns.reduce((sum, column) => sum + column.count, 0);
  return `${String(board.cards.length)} cards of ${String(total)} (raw rows ${String(raw ?? '?')})`;
}

async function boardRow(ctx: BenchContext, variant: Variant, budget: Budget): Promise<RowResult> {
  try {
    const cases = await boardCases(ctx, variant);
    const pick = (i: number) => at(cases, Math.abs(i) % cases.length);
    const check = await cardCounts(ctx, pick(0));
    const { result: api, serverMeanMs } = await withServerTime(ctx.baseUrl, () =>
      measure(async (i) => {
        const res = await at(ctx.sessions, 0).request('GET', pick(i).path);
        expectStatus(res, 200, variant.label);
      }, budget),
    );
    const raw = await measureRaw(
      ctx.pool,
      async (client, i) => {
        await replayStatements(client, pick(i).statements);
      },
      budget,
    );
    return {
      id: variant.id,
      label: variant.label,
      api,
      raw,
      ratio: throughputRatio(api, raw),
      serverMeanMs,
      target: null,
      note: `${String(pick(0).statements.length)} statements (custom statuses, ranked cards); first board: ${check}`,
      sample: pick(0).statements.at(-1),
    };
  } catch (error) {
    return failedRow(variant.id, variant.label, null, error);
  }
}

/**
 * The kanban board as the web app loads it: GET /api/tickets/board grouped by status with 500
 * cards per column (every unclosed ticket counted, the top 500 of each column by priority and
 * recency returned), for the whole workspace and for each team in turn. The raw twin replays the
 * statements getBoard() issues, captured from the server's own function. No target in the issue.
 */
export async function boardRows(ctx: BenchContext): Promise<RowResult[]> {
  // A board is ≈ 2,500 cards (≈ 1 MB of JSON): half the read loop is plenty for its percentiles.
  const budget: Budget = { ...ctx.budgets.read, iterations: Math.ceil(ctx.budgets.read.iterations / 2) };
  const base = 'groupBy=status&perColumn=500';
  const variants: Variant[] = [
    { id: 'board.all', label: 'board: by status, 500/column', queries: [base] },
    {
      id: 'board.team',
      label: 'board: one team, by status',
      queries: ctx.staff.teams.map((team) => `${base}&teamId=${team.id}`),
    },
  ];
  const rows: RowResult[] = [];
  for (const variant of variants) rows.push(await boardRow(ctx, variant, budget));
  return rows;
}
