import { vi, type Mock } from 'vitest';

/** One request the code under test made through `fetch`. */
export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

export interface StubResponse {
  status?: number;
  body?: unknown;
}

type Handler = (request: RecordedRequest) => StubResponse | Promise<StubResponse>;

/**
 * Replaces the global `fetch` (the browser boundary) with a router over `"METHOD /path"` handlers.
 * Unmatched requests fail the test loudly with a 599 so a missing fixture is obvious. Returns the
 * list of recorded requests for assertions.
 */
export function stubFetch(routes: Record<string, Handler | StubResponse>) {
  const requests: RecordedRequest[] = [];
  const mock: Mock<typeof fetch> = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(href, 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    const rawBody = init?.body;
    const body: unknown = typeof rawBody === 'string' ? JSON.parse(rawBody) : rawBody;
    const request: RecordedRequest = { method, url, headers: new Headers(init?.headers), body };
    requests.push(request);

    const route = routes[`${method} ${url.pathname}`];
    if (route === undefined) {
      return new Response(
        JSON.stringify({ error: { code: 'internal_error', message: `No stub: ${method} ${url.pathname}` } }),
        {
          status: 599,
          headers: { 'content-type': 'application/json' },
        },
      );
    }
    const response = typeof route === 'function' ? await route(request) : route;
    const status = response.status ?? 200;
    return new Response(status === 204 ? null : JSON.stringify(response.body ?? null), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', mock);
  return { mock, requests };
}
