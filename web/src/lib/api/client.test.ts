import { CSRF_HEADER } from '@atiende/contracts';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '../../test/fetch-stub';
import { makeTicket } from '../../test/fixtures';
import { ApiError } from './api-error';
import { ApiClient } from './client';
import { ticketListSearchParams } from './query-string';

describe('ticketListSearchParams', () => {
  it('joins arrays with commas, trims text and leaves out empty filters', () => {
    const search = ticketListSearchParams({
      status: ['new', 'open'],
      priority: ['high'],
      assigneeId: 'none',
      teamId: undefined,
      q: '  factura  ',
      sort: 'priority',
      limit: 25,
      cursor: 'abc',
    });
    expect(search.get('status')).toBe('new,open');
    expect(search.get('priority')).toBe('high');
    expect(search.get('assigneeId')).toBe('none');
    expect(search.get('q')).toBe('factura');
    expect(search.get('sort')).toBe('priority');
    expect(search.get('limit')).toBe('25');
    expect(search.get('cursor')).toBe('abc');
    expect(search.has('teamId')).toBe(false);
  });

  it('omits empty arrays and blank text so server defaults apply', () => {
    expect(ticketListSearchParams({ status: [], priority: [], q: '   ' }).toString()).toBe('');
  });

  it('is stable: equal filters give equal strings', () => {
    const a = ticketListSearchParams({ sort: 'created_asc', status: ['open'] }).toString();
    const b = ticketListSearchParams({ status: ['open'], sort: 'created_asc' }).toString();
    expect(a).toBe(b);
  });
});

describe('ApiClient', () => {
  it('sends GETs with the cookie and without the CSRF header', async () => {
    const { requests } = stubFetch({
      'GET /api/tickets': { body: { items: [makeTicket()], nextCursor: null } },
    });
    const client = new ApiClient();
    client.setCsrfToken('tok');
    const page = await client.get<{ items: unknown[] }>('/tickets', {
      query: ticketListSearchParams({ status: ['open'] }),
    });
    expect(page.items).toHaveLength(1);
    expect(requests[0]?.url.search).toBe('?status=open');
    expect(requests[0]?.headers.has(CSRF_HEADER)).toBe(false);
  });

  it('sends the CSRF token and JSON body on writes', async () => {
    const { requests, mock } = stubFetch({ 'PATCH /api/tickets/t1': { body: makeTicket() } });
    const client = new ApiClient();
    client.setCsrfToken('tok-123');
    await client.patch('/tickets/t1', { status: 'solved' });
    expect(requests[0]?.headers.get(CSRF_HEADER)).toBe('tok-123');
    expect(requests[0]?.headers.get('content-type')).toBe('application/json');
    expect(requests[0]?.body).toEqual({ status: 'solved' });
    expect(mock.mock.calls[0]?.[1]?.credentials).toBe('same-origin');
  });

  it('sends the CSRF token on multipart uploads without forcing a content type', async () => {
    const { requests } = stubFetch({ 'POST /api/attachments': { status: 201, body: {} } });
    const client = new ApiClient();
    client.setCsrfToken('tok-up');
    const form = new FormData();
    form.append('file', new File(['x'], 'a.txt'));
    await client.upload('/attachments', form);
    expect(requests[0]?.headers.get(CSRF_HEADER)).toBe('tok-up');
    expect(requests[0]?.headers.has('content-type')).toBe(false);
    expect(requests[0]?.body).toBeInstanceOf(FormData);
  });

  it('throws a typed ApiError with the ErrorBody code and issues', async () => {
    stubFetch({
      'POST /api/tickets': {
        status: 400,
        body: {
          error: {
            code: 'validation_failed',
            message: 'Invalid input',
            issues: [{ path: 'requester.email', message: 'Invalid email' }],
          },
        },
      },
    });
    const error = await new ApiClient().post('/tickets', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.code).toBe('validation_failed');
    expect(apiError.message).toBe('Invalid input');
    expect(apiError.issues).toEqual([{ path: 'requester.email', message: 'Invalid email' }]);
  });

  it.each([
    [401, 'unauthenticated'],
    [429, 'rate_limited'],
    [502, 'internal_error'],
  ] as const)('derives the code from status %i when the body is not an ErrorBody', async (status, code) => {
    stubFetch({ 'GET /api/auth/me': { status, body: '<html>oops</html>' } });
    const error = await new ApiClient().get('/auth/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe(code);
  });

  it('resolves 204 responses to undefined', async () => {
    stubFetch({ 'POST /api/auth/logout': { status: 204 } });
    await expect(new ApiClient().post('/auth/logout')).resolves.toBeUndefined();
  });
});
