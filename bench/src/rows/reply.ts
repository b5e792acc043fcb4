import { textToHtml } from '@atiende/server/src/lib/message-html';
import { expectStatus } from '../bench/http-client';
import { failedRow, type BenchContext, type RowResult } from '../bench/context';
import { measure, measureRaw } from '../bench/measure';
import { withServerTime } from '../bench/server-metrics';
import { SPANISH } from '../gen/lang-es';
import { at } from '../gen/random';
import { TextGenerator } from '../gen/text';
import { rawReply } from '../raw/write-sql';
import { throughputRatio } from '../stats';

const ID = 'ticket.reply';
const LABEL = 'reply to a ticket';

interface Original {
  id: string;
  status: string;
  message_count: number;
  updated_at: Date;
  last_message_at: Date;
  first_response_at: Date | null;
}

/**
 * An agent's public reply: POST /api/tickets/:id/messages on unresolved tickets. The raw side runs
 * addMessage()'s statements. The touched tickets get their counters and timestamps back at the
 * end of the run (the replies themselves are deleted with everything else the run created).
 */
export async function replyRow(ctx: BenchContext): Promise<RowResult> {
  try {
    const found = await ctx.pool.query<Original>(
      `SELECT id, status, message_count, updated_at, last_message_at, first_response_at FROM tickets
        WHERE workspace_id = $1 AND status IN ('open', 'pending', 'on_hold') AND number <= $2
        ORDER BY number DESC LIMIT 400`,
      [ctx.workspaceId, ctx.spec.tickets],
    );
    const targets = found.rows;
    if (targets.length === 0) throw new Error('no unresolved ticket to reply to');
    ctx.onRestore(async (client) => {
      await client.query(
        `UPDATE tickets t SET status = o.status, message_count = o.message_count, updated_at = o.updated_at,
                last_message_at = o.last_message_at, first_response_at = o.first_response_at
           FROM jsonb_to_recordset($1::jsonb) AS o(id uuid, status text, message_count int, updated_at timestamptz,
                last_message_at timestamptz, first_response_at timestamptz)
          WHERE t.id = o.id`,
        [JSON.stringify(targets)],
      );
    });
    const text = new TextGenerator(SPANISH);
    const ctxFor = { customerFirstName: 'cliente', customerFullName: 'Cliente', agentFirstName: 'Soporte' };
    const bodies = Array.from({ length: 64 }, () => text.agentReply(ctx.rng, ctxFor));
    const htmls = bodies.map(textToHtml);
    const target = (i: number) => at(targets, Math.abs(i) % targets.length).id;
    const session = at(ctx.sessions, 0);

    const { result: api, serverMeanMs } = await withServerTime(ctx.baseUrl, () =>
      measure(async (i) => {
        const res = await session.request('POST', `/api/tickets/${target(i)}/messages`, {
          kind: 'reply',
          bodyText: at(bodies, Math.abs(i) % bodies.length),
        });
        expectStatus(res, 201, 'reply');
      }, ctx.budgets.write),
    );
    const raw = await measureRaw(
      ctx.pool,
      (client, i) =>
        rawReply(
          client,
          ctx.actor,
          target(i),
          at(bodies, Math.abs(i) % bodies.length),
          at(htmls, Math.abs(i) % htmls.length),
        ),
      ctx.budgets.write,
    );
    return { id: ID, label: LABEL, api, raw, ratio: throughputRatio(api, raw), serverMeanMs, target: null };
  } catch (error) {
    return failedRow(ID, LABEL, null, error);
  }
}
