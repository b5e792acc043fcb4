import { textToHtml } from '@atiende/server/src/lib/message-html';
import { expectStatus } from '../bench/http-client';
import { failedRow, type BenchContext, type RowResult } from '../bench/context';
import { measure, measureRaw, type Budget } from '../bench/measure';
import { withServerTime } from '../bench/server-metrics';
import { SPANISH } from '../gen/lang-es';
import { at } from '../gen/random';
import { TextGenerator } from '../gen/text';
import { rawCreateTicket, type RawTicketInput } from '../raw/write-sql';
import { TARGETS } from '../report/targets';
import { throughputRatio } from '../stats';

const CONCURRENCY = 32;

/** Ticket inputs made before timing starts, so text generation is not measured. */
function makeInputs(ctx: BenchContext, count: number): RawTicketInput[] {
  const text = new TextGenerator(SPANISH);
  const spanish = ctx.contacts.filter((c) => c.locale === 'es');
  return Array.from({ length: count }, () => {
    const contact = at(spanish, Math.floor(ctx.rng() * spanish.length));
    const body = text.customerEmail(ctx.rng, {
      customerFirstName: contact.firstName,
      customerFullName: contact.name,
      agentFirstName: '',
    });
    return {
      requesterEmail: contact.email,
      subject: text.subject(ctx.rng),
      body,
      bodyHtml: textToHtml(body),
      priority: 'normal',
      channel: 'email',
    };
  });
}

async function createRow(
  ctx: BenchContext,
  id: string,
  label: string,
  budget: Budget,
  concurrency: number,
): Promise<RowResult> {
  try {
    const inputs = makeInputs(ctx, 512);
    const input = (i: number) => at(inputs, Math.abs(i) % inputs.length);
    const { result: api, serverMeanMs } = await withServerTime(ctx.baseUrl, () =>
      measure(
        async (i) => {
          const { requesterEmail, subject, body, priority, channel } = input(i);
          const session = at(ctx.sessions, Math.abs(i) % (concurrency === 1 ? 1 : ctx.sessions.length));
          const res = await session.request('POST', '/api/tickets', {
            subject,
            body,
            requester: { email: requesterEmail },
            priority,
            channel,
          });
          expectStatus(res, 201, 'create ticket');
        },
        budget,
        concurrency,
      ),
    );
    const raw = await measureRaw(
      ctx.pool,
      (client, i) => rawCreateTicket(client, ctx.actor, input(i)),
      budget,
      concurrency,
    );
    return { id, label, api, raw, ratio: throughputRatio(api, raw), serverMeanMs, target: TARGETS.create };
  } catch (error) {
    return failedRow(id, label, TARGETS.create, error);
  }
}

/**
 * POST /api/tickets for an existing requester (by email), one at a time and with 32 requests in
 * flight. The raw limit is createTicket()'s transaction + getTicket() over plain connections at
 * the same concurrency; ticket numbers come from the workspace row lock in both cases.
 */
export async function createTicketRows(ctx: BenchContext): Promise<RowResult[]> {
  return [
    await createRow(ctx, 'ticket.create.seq', 'create ticket (sequential)', ctx.budgets.write, 1),
    await createRow(
      ctx,
      'ticket.create.c32',
      `create ticket (${CONCURRENCY} concurrent)`,
      ctx.budgets.concurrent,
      CONCURRENCY,
    ),
  ];
}
