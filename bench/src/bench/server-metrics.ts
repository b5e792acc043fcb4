import http from 'node:http';

const HISTOGRAM = 'atiende_http_request_duration_seconds';

interface Totals {
  seconds: number;
  count: number;
}

function get(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

/** Sums the server's request-duration histogram over every API route except /metrics. */
async function scrape(baseUrl: string): Promise<Totals> {
  const text = await get(`${baseUrl}/metrics`);
  const totals: Totals = { seconds: 0, count: 0 };
  for (const line of text.split('\n')) {
    if (!line.startsWith(HISTOGRAM) || line.includes('route="/metrics"')) continue;
    const value = Number(line.slice(line.lastIndexOf(' ') + 1));
    if (line.startsWith(`${HISTOGRAM}_sum{`)) totals.seconds += value;
    else if (line.startsWith(`${HISTOGRAM}_count{`)) totals.count += value;
  }
  return totals;
}

/**
 * Runs `work` and returns its result with the mean server-side time per HTTP request it caused,
 * read from the server's own Prometheus histogram (Fastify's reply time: routing, auth, handler,
 * database, serialisation — no client or network). Comparing it with the client-side latency
 * shows how much is spent outside the server.
 */
export async function withServerTime<T>(
  baseUrl: string,
  work: () => Promise<T>,
): Promise<{ result: T; serverMeanMs: number | null }> {
  const before = await scrape(baseUrl);
  const result = await work();
  const after = await scrape(baseUrl);
  const count = after.count - before.count;
  return { result, serverMeanMs: count > 0 ? ((after.seconds - before.seconds) * 1000) / count : null };
}
