import { expectStatus } from '../bench/http-client';
import { failedRow, type BenchContext, type RowResult } from '../bench/context';
import { measure } from '../bench/measure';
import { withServerTime } from '../bench/server-metrics';
import { at } from '../gen/random';
import { rawTicketMessages } from '../raw/messages-sql';
import { getTicketStatement } from '../raw/ticket-select';
import { throughputRatio } from '../stats';

const ID = 'ticket.view20';
const LABEL = 'ticket view, 20 messages';

/**
 * Opening a ticket with a 20-message thread: GET /api/tickets/:id and GET /api/tickets/:id/messages
 * in parallel, as the web app does. The raw side runs the same statements on two connections.
 */
export async function ticketViewRow(ctx: BenchContext): Promise<RowResult> {
  try {
    const found = await ctx.pool.query<{ id: string }>(
      'SELECT id FROM tickets WHERE workspace_id = $1 AND message_count = 20 ORDER BY number LIMIT 300',
      [ctx.workspaceId],
    );
    const ids = found.rows.map((r) => r.id);
    if (ids.length === 0) throw new Error('no ticket with 20 messages in the dataset');
    const pick = (i: number) => at(ids, Math.abs(i) % ids.length);
    const session = at(ctx.sessions, 0);

    const { result: api, serverMeanMs } = await withServerTime(ctx.baseUrl, () =>
      measure(async (i) => {
        const id = pick(i);
        const [ticket, messages] = await Promise.all([
          session.request('GET', `/api/tickets/${id}`),
          session.request('GET', `/api/tickets/${id}/messages`),
        ]);
        expectStatus(ticket, 200, 'GET ticket');
        expectStatus(messages, 200, 'GET messages');
      }, ctx.budgets.read),
    );

    const [a, b] = await Promise.all([ctx.pool.connect(), ctx.pool.connect()]);
    let raw;
    try {
      raw = await measure(async (i) => {
        const id = pick(i);
        const read = getTicketStatement(ctx.workspaceId, id);
        const [, count] = await Promise.all([
          a.query(read.text, read.values),
          rawTicketMessages(b, ctx.workspaceId, id),
        ]);
        if (count !== 20) throw new Error(`expected 20 messages, got ${count}`);
      }, ctx.budgets.read);
    } finally {
      a.release();
      b.release();
    }
    return {
      id: ID,
      label: LABEL,
      api,
      raw,
      ratio: throughputRatio(api, raw),
      serverMeanMs,
      target: null,
      sample: getTicketStatement(ctx.workspaceId, pick(0)),
    };
  } catch (error) {
    return failedRow(ID, LABEL, null, error);
  }
}
