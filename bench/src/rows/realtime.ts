import { textToHtml } from '@atiende/server/src/lib/message-html';
import { failedRow, type BenchContext, type RowResult } from '../bench/context';
import { expectStatus } from '../bench/http-client';
import { withServerTime } from '../bench/server-metrics';
import { SocketFleet } from '../bench/socket-fleet';
import { at } from '../gen/random';
import { rawCreateTicket, type RawTicketInput } from '../raw/write-sql';
import { TARGETS } from '../report/targets';
import { latencyRatio, summarize, type Summary } from '../stats';

const SOCKETS = 500;
const EVENTS_CHANNEL = 'atiende_events';

function input(ctx: BenchContext, marker: string): RawTicketInput {
  const contact = at(ctx.contacts, 0);
  const body = `Prueba de tiempo real ${marker}`;
  return {
    requesterEmail: contact.email,
    subject: `Tiempo real ${marker}`,
    body,
    bodyHtml: textToHtml(body),
    priority: 'normal',
    channel: 'api',
  };
}

/** Runs `step` until the realtime budget's count or time limit, whichever comes first. */
async function paced(ctx: BenchContext, step: (i: number) => Promise<void>): Promise<void> {
  const { iterations, maxMs, warmup } = ctx.budgets.realtime;
  for (let i = 0; i < warmup; i++) await step(-1 - i);
  const deadline = performance.now() + maxMs;
  for (let i = 0; i < iterations && performance.now() < deadline; i++) await step(i);
}

/**
 * The raw limit: one connection LISTENs on the server's channel, another runs createTicket()'s
 * transaction; from just before BEGIN to the notification's arrival.
 */
async function rawNotifyLatency(ctx: BenchContext): Promise<Summary> {
  const [listener, writer] = await Promise.all([ctx.pool.connect(), ctx.pool.connect()]);
  const samples: number[] = [];
  let waiting: { marker: string; resolve: (at: number) => void } | null = null;
  const onNotification = (message: { channel: string; payload?: string }) => {
    if (waiting && message.channel === EVENTS_CHANNEL && message.payload?.includes(waiting.marker)) {
      waiting.resolve(performance.now());
    }
  };
  listener.on('notification', onNotification);
  try {
    await listener.query(`LISTEN ${EVENTS_CHANNEL}`);
    await paced(ctx, async (i) => {
      const marker = `${ctx.runId}-raw-${i}`;
      const received = new Promise<number>((resolve, reject) => {
        waiting = { marker, resolve };
        setTimeout(() => reject(new Error(`no NOTIFY for ${marker} within 5 s`)), 5000).unref();
      });
      const t0 = performance.now();
      await Promise.all([rawCreateTicket(writer, ctx.actor, input(ctx, marker)), received]);
      if (i >= 0) samples.push((await received) - t0);
    });
  } finally {
    listener.off('notification', onNotification);
    await listener.query(`UNLISTEN ${EVENTS_CHANNEL}`).catch(() => undefined);
    listener.release();
    writer.release();
  }
  return summarize(samples, 0);
}

/**
 * Realtime with 500 open sockets (10 per agent session, like agents with several tabs): tickets
 * are created one at a time through the API and we time (a) from just before the POST to the
 * ticket.created event reaching the watcher socket, (b) from the event's createdAt (written by
 * PostgreSQL inside the transaction, so slightly before commit: an upper bound) to that moment,
 * and (c) until all 500 sockets have it.
 */
export async function realtimeRows(ctx: BenchContext): Promise<RowResult[]> {
  const ids = {
    post: 'realtime.post',
    commit: 'realtime.commit',
    first: 'realtime.first',
    all: 'realtime.all',
  };
  const labels = {
    post: `realtime: POST → watcher (${SOCKETS} sockets)`,
    commit: 'realtime: commit → watcher',
    first: 'realtime: POST → first socket',
    all: `realtime: POST → all ${SOCKETS} sockets`,
  };
  let fleet: SocketFleet | null = null;
  try {
    const raw = await rawNotifyLatency(ctx);
    fleet = await SocketFleet.open(ctx.baseUrl, ctx.sessions, SOCKETS);
    const toWatcher: number[] = [];
    const fromCommit: number[] = [];
    const toFirst: number[] = [];
    const toAll: number[] = [];
    const session = at(ctx.sessions, 0);
    const sockets = fleet;
    const { serverMeanMs } = await withServerTime(ctx.baseUrl, () =>
      paced(ctx, async (i) => {
        const marker = `${ctx.runId}-api-${i}`;
        const { requesterEmail, subject, body } = input(ctx, marker);
        const delivery = sockets.expect(marker);
        const t0 = performance.now();
        const [res, watcher, first, all] = await Promise.all([
          session.request('POST', '/api/tickets', {
            subject,
            body,
            requester: { email: requesterEmail },
            channel: 'api',
          }),
          delivery.watcher,
          delivery.first,
          delivery.all,
        ]);
        expectStatus(res, 201, 'create ticket');
        if (i < 0) return;
        toWatcher.push(watcher.at - t0);
        fromCommit.push(watcher.wallMs - watcher.createdAtMs);
        toFirst.push(first - t0);
        toAll.push(all - t0);
      }),
    );
    const post = summarize(toWatcher, 0);
    return [
      {
        id: ids.post,
        label: labels.post,
        api: post,
        raw,
        ratio: latencyRatio(post, raw),
        serverMeanMs,
        target: null,
      },
      {
        id: ids.commit,
        label: labels.commit,
        api: summarize(fromCommit, 0),
        raw: null,
        ratio: null,
        target: TARGETS.realtime,
        note: 'from the event row’s created_at (transaction time, so an upper bound) to receipt by the watcher, the last of 500 sockets in fan-out order',
      },
      {
        id: ids.first,
        label: labels.first,
        api: summarize(toFirst, 0),
        raw: null,
        ratio: null,
        target: null,
      },
      { id: ids.all, label: labels.all, api: summarize(toAll, 0), raw: null, ratio: null, target: null },
    ];
  } catch (error) {
    return [
      failedRow(ids.post, labels.post, null, error),
      failedRow(ids.commit, labels.commit, TARGETS.realtime, error),
    ];
  } finally {
    fleet?.close();
  }
}
