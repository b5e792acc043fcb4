import type { Ticket } from '@atiende/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch, type RecordedRequest } from '../../test/fetch-stub';
import { ids, makeAgent, makeTeam, makeTicket } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { InboxPage } from './InboxPage';

const tickets: Ticket[] = [
  makeTicket(),
  makeTicket({
    id: ids.ticket2,
    number: 1043,
    subject: 'Error al iniciar sesión',
    status: 'new',
    priority: 'critical',
    assignee: null,
    team: null,
    company: null,
    requester: { id: ids.contact, name: 'Lucía Gómez', email: 'lucia@cliente.test' },
  }),
];

function setup(route = '/inbox') {
  const stub = stubFetch({
    'GET /api/tickets': { body: { items: tickets, nextCursor: null } },
    'GET /api/agents': {
      body: { items: [makeAgent(), makeAgent({ id: ids.otherAgent, name: 'Beto Ruiz' })] },
    },
    'GET /api/teams': { body: { items: [makeTeam()] } },
  });
  const view = renderWithApp(<InboxPage />, { route, path: '/inbox' });
  const listRequests = () => stub.requests.filter((r) => r.url.pathname === '/api/tickets');
  const lastListQuery = () => listRequests().at(-1)?.url.searchParams ?? new URLSearchParams();
  const location = () => new URL(screen.getByTestId('location').textContent, 'http://localhost');
  return { ...view, ...stub, listRequests, lastListQuery, location };
}

describe('InboxPage', () => {
  it('renders one linked row per ticket with its number, people, status and priority', async () => {
    setup();
    const rows = await screen.findAllByTestId('ticket-row');
    expect(rows).toHaveLength(2);

    const first = screen.getByRole('link', { name: /No puedo descargar mi factura/ });
    expect(first).toHaveAttribute('href', `/tickets/${ids.ticket}`);
    expect(within(first).getByText('#1042')).toBeInTheDocument();
    expect(within(first).getByText(/Carlos Pérez · Cliente SA/)).toBeInTheDocument();
    expect(within(first).getByText('Abierto')).toBeInTheDocument();
    expect(within(first).getByText('Alta')).toBeInTheDocument();
    expect(within(first).getByText(/Ana Beltrán · Soporte N1/)).toBeInTheDocument();

    const second = screen.getByRole('link', { name: /Error al iniciar sesión/ });
    expect(within(second).getByText('Nuevo')).toBeInTheDocument();
    expect(within(second).getByText('Crítica')).toBeInTheDocument();
    expect(within(second).getByText(/Sin asignar/)).toBeInTheDocument();
  });

  it('asks for unresolved tickets by default', async () => {
    const { lastListQuery } = setup();
    await screen.findAllByTestId('ticket-row');
    expect(lastListQuery().get('status')).toBe('new,open,pending,on_hold');
    expect(lastListQuery().get('sort')).toBe('updated_desc');
  });

  it('builds the API query from the filters in the URL, resolving "me"', async () => {
    const { lastListQuery } = setup(
      `/inbox?status=pending&priority=high,low&assigneeId=me&teamId=none&q=factura`,
    );
    await screen.findAllByTestId('ticket-row');
    const query = lastListQuery();
    expect(query.get('status')).toBe('pending');
    expect(query.get('priority')).toBe('high,low');
    expect(query.get('assigneeId')).toBe(ids.me);
    expect(query.get('teamId')).toBe('none');
    expect(query.get('q')).toBe('factura');
    expect(screen.getByRole('searchbox', { name: 'Buscar tickets' })).toHaveValue('factura');
  });

  it('puts the debounced search text in the URL and the request', async () => {
    const user = userEvent.setup();
    const { location, lastListQuery } = setup();
    await screen.findAllByTestId('ticket-row');

    await user.type(screen.getByRole('searchbox', { name: 'Buscar tickets' }), 'factura');
    await waitFor(() => {
      expect(location().searchParams.get('q')).toBe('factura');
    });
    await waitFor(() => {
      expect(lastListQuery().get('q')).toBe('factura');
    });
  });

  it('updates the URL and the request when a status and an assignee are picked', async () => {
    const user = userEvent.setup();
    const { location, lastListQuery, listRequests } = setup();
    await screen.findAllByTestId('ticket-row');

    await user.click(screen.getByRole('textbox', { name: 'Estado' }));
    await user.click(await screen.findByRole('option', { name: 'Resuelto' }));
    await waitFor(() => {
      expect(location().searchParams.get('status')).toBe('new,open,pending,on_hold,solved');
    });
    await waitFor(() => {
      expect(lastListQuery().get('status')).toBe('new,open,pending,on_hold,solved');
    });

    await user.click(screen.getByRole('textbox', { name: 'Asignado a' }));
    await user.click(await screen.findByRole('option', { name: 'Sin asignar' }));
    await waitFor(() => {
      expect(location().searchParams.get('assigneeId')).toBe('none');
    });
    await waitFor(() => {
      expect(lastListQuery().get('assigneeId')).toBe('none');
    });
    expect(listRequests().every((r: RecordedRequest) => r.method === 'GET')).toBe(true);
  });

  it('shows the empty state when nothing matches', async () => {
    stubFetch({
      'GET /api/tickets': { body: { items: [], nextCursor: null } },
      'GET /api/agents': { body: { items: [] } },
      'GET /api/teams': { body: { items: [] } },
    });
    renderWithApp(<InboxPage />, { route: '/inbox', path: '/inbox' });
    expect(await screen.findByText('No hay tickets')).toBeInTheDocument();
    expect(screen.queryByTestId('ticket-row')).not.toBeInTheDocument();
  });
});
