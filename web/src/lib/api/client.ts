import { CSRF_HEADER } from '@atiende/contracts';
import { apiErrorFromResponse } from './api-error';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  /** Query string appended to the path; empty values should already be left out. */
  query?: URLSearchParams;
  /** JSON body; mutually exclusive with `form`. */
  json?: unknown;
  /** Multipart body (file uploads); the browser sets the boundary header itself. */
  form?: FormData;
  signal?: AbortSignal;
}

/**
 * The single place the web app talks HTTP to the Atiende API. It always sends the session cookie
 * (`same-origin`), adds the CSRF header to every non-GET request, parses JSON and turns every
 * non-2xx answer into a typed `ApiError`.
 */
export class ApiClient {
  private csrfToken: string | null = null;

  /** `fetchImpl` is resolved at call time so tests can stub the global `fetch`. */
  constructor(
    private readonly baseUrl = '/api',
    private readonly fetchImpl: () => typeof fetch = () => globalThis.fetch,
  ) {}

  /** Remembers the token from the Session (login or /auth/me); writes fail with 403 without it. */
  setCsrfToken(token: string | null): void {
    this.csrfToken = token;
  }

  get<T>(path: string, options: Omit<RequestOptions, 'json' | 'form'> = {}): Promise<T> {
    return this.request<T>('GET', path, options);
  }

  post<T>(path: string, json?: unknown, options: Omit<RequestOptions, 'json'> = {}): Promise<T> {
    return this.request<T>('POST', path, { ...options, json });
  }

  patch<T>(path: string, json: unknown): Promise<T> {
    return this.request<T>('PATCH', path, { json });
  }

  /** Uploads a multipart form (e.g. `file` for /attachments). */
  upload<T>(path: string, form: FormData): Promise<T> {
    return this.request<T>('POST', path, { form });
  }

  /**
   * Performs the request and resolves with the parsed JSON body (or `undefined` for 204).
   * Rejects with `ApiError` on non-2xx, or with the fetch `TypeError` on network failure.
   */
  async request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
    const headers = new Headers({ accept: 'application/json' });
    let body: BodyInit | undefined;
    if (options.form) {
      body = options.form;
    } else if (options.json !== undefined) {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(options.json);
    }
    if (method !== 'GET' && this.csrfToken !== null) headers.set(CSRF_HEADER, this.csrfToken);

    const search = options.query?.toString() ?? '';
    const url = `${this.baseUrl}${path}${search === '' ? '' : `?${search}`}`;
    const init: RequestInit = { method, headers, credentials: 'same-origin' };
    if (body !== undefined) init.body = body;
    if (options.signal) init.signal = options.signal;
    const response = await this.fetchImpl()(url, init);

    if (!response.ok) throw await apiErrorFromResponse(response);
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }
}

/** The app-wide client; the auth feature feeds it the CSRF token. */
export const api = new ApiClient();
