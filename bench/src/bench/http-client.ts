import http from 'node:http';
import { CSRF_HEADER, Session, SESSION_COOKIE } from '@atiende/contracts';

/** A response: status, raw body, and the time the last byte arrived. */
export interface HttpResponse {
  status: number;
  body: string;
}

/** Keep-alive connections shared by every client of a run, like a browser's connection pool. */
export const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 128 });

/**
 * An agent's browser, reduced to what the benchmark needs: the session cookie, the CSRF header
 * on writes, JSON bodies. Uses node:http with keep-alive (less client overhead than fetch, so the
 * numbers are closer to the server's own time). Only ever talks to the given 127.0.0.1 base URL.
 */
export class AgentHttp {
  private cookie: string | null = null;
  private csrf: string | null = null;
  private readonly url: URL;

  constructor(baseUrl: string) {
    this.url = new URL(baseUrl);
    if (this.url.hostname !== '127.0.0.1') throw new Error(`bench talks to 127.0.0.1 only, not ${baseUrl}`);
  }

  /** The session cookie value, for WebSocket upgrades. */
  get sessionCookie(): string {
    if (!this.cookie) throw new Error('not signed in');
    return this.cookie;
  }

  /** Sends one request; resolves once the whole body has arrived. */
  request(method: string, path: string, body?: unknown): Promise<HttpResponse> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: http.OutgoingHttpHeaders = {};
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(payload);
    }
    if (this.cookie) headers.cookie = `${SESSION_COOKIE}=${this.cookie}`;
    if (this.csrf && method !== 'GET') headers[CSRF_HEADER] = this.csrf;
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          agent: keepAlive,
          host: this.url.hostname,
          port: this.url.port,
          method,
          path,
          headers,
          timeout: 60_000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const cookie = res.headers['set-cookie']?.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
            if (cookie) this.cookie = cookie.slice(SESSION_COOKIE.length + 1).split(';')[0] ?? null;
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`${method} ${path} timed out`)));
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** Sends a request and parses the JSON answer; any status other than `expected` throws. */
  async json<T>(method: string, path: string, body?: unknown, expected = 200): Promise<T> {
    const res = await this.request(method, path, body);
    if (res.status !== expected) {
      throw new Error(`${method} ${path} → ${res.status} (expected ${expected}): ${res.body.slice(0, 300)}`);
    }
    return JSON.parse(res.body) as T;
  }

  /** Signs in through POST /api/auth/login and keeps the cookie and CSRF token. */
  async login(email: string, password: string): Promise<Session> {
    const session = Session.parse(await this.json('POST', '/api/auth/login', { email, password }));
    this.csrf = session.csrfToken;
    return session;
  }
}

/** Throws unless the response has the expected status (used inside timed loops). */
export function expectStatus(res: HttpResponse, expected: number, what: string): void {
  if (res.status !== expected) {
    throw new Error(`${what}: HTTP ${res.status} (expected ${expected}): ${res.body.slice(0, 300)}`);
  }
}
