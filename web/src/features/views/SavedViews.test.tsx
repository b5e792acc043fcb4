import { UNRESOLVED_STATUSES } from '@atiende/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch, type StubResponse } from '../../test/fetch-stub';
import { ids, makeSession, makeTicket } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { configIds, makeSavedView, makeTicketConfig } from '../inbox/inbox-fixtures';
import { InboxPage } from '../inbox/InboxPage';
import { ViewsNavSection } from './ViewsNavSection';

const mine = makeSavedView();
const shared = makeSavedView({
  id: configIds.viewShared,
  name: 'Facturación del equipo',
  shared: true,
  owner: { id: ids.otherAgent, name: 'Beto Ruiz' },
  query: { type: ['billing'], sort: 'created_asc' },
  columns: ['subject', 'type', 'assignee'],
  editable: false,
});

function setup(route: string, extra: Record<string, StubResponse> = {}, abilities = ['tickets.write']) {
  const stub = stubFetch({
    'GET /api/tickets': { body: { items: [makeTicket()], nextCursor: null } },
    'GET /api/agents': { body: { items: [] } },
    'GET /api/teams': { body: { items: [] } },
    'GET /api/ticket-config': { body: makeTicketConfig() },
    'GET /api/views': { body: { items: [mine, shared] } },
    'GET /api/views/counts': { body: { [mine.id]: 3, [shared.id]: 12 } },
    ...extra,
  });
  const session = makeSession({ abilities: ['tickets.read', ...(abilities as ['tickets.write'])] });
  renderWithApp(<InboxPage />, { route, path: '/inbox', session });
  const location = () => new URL(screen.getByTestId('location').textContent, 'http://localhost');
  const lastListQuery = () =>
    stub.requests.filter((r) => r.url.pathname === '/api/tickets').at(-1)?.url.searchParams ??
    new URLSearchParams();
  return { ...stub, location, lastListQuery };
}

describe('saved views in the inbox', () => {
  it('applies a bare ?view=<id> link: its filters go to the URL and the request', async () => {
    const { location, lastListQuery } = setup(`/inbox?view=${mine.id}`);
    await waitFor(() => {
      expect(location().searchParams.get('priority')).toBe('critical,high');
    });
    expect(location().searchParams.get('status')).toBe('open');
    expect(location().searchParams.get('view')).toBe(mine.id);
    await waitFor(() => {
      expect(lastListQuery().get('priority')).toBe('critical,high');
    });
    expect(screen.getByRole('heading', { name: 'Mis urgentes' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Guardar' })).not.toBeInTheDocument();
  });

  it('saves edited filters and columns back to the view with PATCH', async () => {
    const user = userEvent.setup();
    const { requests } = setup(`/inbox?view=${mine.id}&status=open&priority=critical&columns=subject,tags`, {
      [`PATCH /api/views/${mine.id}`]: { body: mine },
    });
    expect(await screen.findByText('Con cambios sin guardar')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Guardar' }));
    await waitFor(() => {
      expect(requests.some((r) => r.method === 'PATCH')).toBe(true);
    });
    const patch = requests.find((r) => r.method === 'PATCH');
    expect(patch?.url.pathname).toBe(`/api/views/${mine.id}`);
    expect(patch?.body).toEqual({
      query: { sort: 'updated_desc', status: ['open'], priority: ['critical'] },
      columns: ['subject', 'tags'],
    });
  });

  it('saves the current filters and columns as a new shared view and opens it', async () => {
    const user = userEvent.setup();
    const created = makeSavedView({
      id: '0b6c1a4e-8f1d-4a51-9d0c-000000000499',
      name: 'VIP míos',
      shared: true,
    });
    const { requests, location } = setup(
      '/inbox?assigneeId=me&tags=vip&type=warranty&createdFrom=2025-11-01&columns=subject,number',
      { 'POST /api/views': { status: 201, body: created } },
      ['tickets.write', 'views.share'],
    );
    await screen.findByTestId('ticket-row');
    await user.click(screen.getByRole('button', { name: 'Guardar como vista nueva' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Nombre de la vista/ }), 'VIP míos');
    await user.click(within(dialog).getByRole('checkbox', { name: /Compartir/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Guardar' }));

    await waitFor(() => {
      expect(requests.some((r) => r.method === 'POST')).toBe(true);
    });
    const body = requests.find((r) => r.method === 'POST')?.body as Record<string, unknown>;
    expect(body).toMatchObject({
      name: 'VIP míos',
      shared: true,
      columns: ['subject', 'number'],
      query: {
        sort: 'updated_desc',
        status: [...UNRESOLVED_STATUSES],
        assigneeId: 'me', // a shared view shows each agent their own tickets
        tags: ['vip'],
        type: ['warranty'],
      },
    });
    expect((body.query as { createdFrom: string }).createdFrom).toBe(new Date(2025, 10, 1).toISOString());
    await waitFor(() => {
      expect(location().searchParams.get('view')).toBe(created.id);
    });
  });

  it('offers sharing only to agents with the views.share ability', async () => {
    const user = userEvent.setup();
    setup('/inbox');
    await screen.findByTestId('ticket-row');
    await user.click(screen.getByRole('button', { name: 'Guardar como vista nueva' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByRole('checkbox', { name: /Compartir/ })).not.toBeInTheDocument();
  });
});

describe('ViewsNavSection', () => {
  it('lists personal and shared views with their counts, each linking to its filters', async () => {
    stubFetch({
      'GET /api/views': { body: { items: [mine, shared] } },
      'GET /api/views/counts': { body: { [mine.id]: 3, [shared.id]: 12 } },
    });
    renderWithApp(<ViewsNavSection />, { route: '/inbox' });
    const personal = await screen.findByRole('group', { name: 'Mis vistas' });
    const link = within(personal).getByRole('link', { name: /Mis urgentes/ });
    await waitFor(() => {
      expect(within(link).getByLabelText('3 tickets en esta vista')).toBeInTheDocument();
    });
    const href = new URL(link.getAttribute('href') ?? '', 'http://localhost');
    expect(href.pathname).toBe('/inbox');
    expect(href.searchParams.get('view')).toBe(mine.id);
    expect(href.searchParams.get('priority')).toBe('critical,high');

    const sharedGroup = screen.getByRole('group', { name: 'Vistas compartidas' });
    const sharedLink = within(sharedGroup).getByRole('link', { name: /Facturación del equipo/ });
    expect(within(sharedLink).getByLabelText('12 tickets en esta vista')).toBeInTheDocument();
    const sharedHref = new URL(sharedLink.getAttribute('href') ?? '', 'http://localhost');
    expect(sharedHref.searchParams.get('status')).toBe('all');
    expect(sharedHref.searchParams.get('columns')).toBe('subject,type,assignee');
  });
});
