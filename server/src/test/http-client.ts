import { CSRF_HEADER, Session, SESSION_COOKIE } from '@atiende/contracts';

export interface HttpResult<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * A minimal browser stand-in for tests: keeps the session cookie and sends the CSRF token on
 * writes, like the web app does. Talks to the real server over HTTP.
 */
export class AgentClient {
  cookie: string | null = null;
  csrfToken: string | null = null;

  constructor(readonly baseUrl: string) {}

  /** Signs in; throws with the server's answer if that fails. */
  async login(email: string, password: string): Promise<Session> {
    const res = await this.request('POST', '/api/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
    return Session.parse(res.body);
  }

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    init: RequestInit = {},
  ): Promise<HttpResult<T>> {
    const headers = new Headers(init.headers);
    if (body !== undefined && !(body instanceof FormData)) headers.set('content-type', 'application/json');
    if (this.cookie) headers.set('cookie', `${SESSION_COOKIE}=${this.cookie}`);
    if (this.csrfToken && method !== 'GET') headers.set(CSRF_HEADER, this.csrfToken);
    const res = await fetch(this.baseUrl + path, {
      ...init,
      method,
      headers,
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    });
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    if (setCookie) {
      const value = setCookie.slice(SESSION_COOKIE.length + 1).split(';')[0] ?? '';
      this.cookie = value === '' ? null : value;
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON; keep the text
    }
    if (path === '/api/auth/login' && res.status === 200) this.csrfToken = Session.parse(parsed).csrfToken;
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get<T = unknown>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = unknown>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body);
  }
  patch<T = unknown>(path: string, body?: unknown) {
    return this.request<T>('PATCH', path, body);
  }
}

/** Signs in a new client as this agent. */
export async function signedIn(
  baseUrl: string,
  agent: { email: string; password: string },
): Promise<AgentClient> {
  const client = new AgentClient(baseUrl);
  await client.login(agent.email, agent.password);
  return client;
}
