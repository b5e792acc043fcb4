import type { Ticket } from '@atiende/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch, type RecordedRequest } from '../../test/fetch-stub';
import { ids, makeAgent, makeTeam, makeTicket } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { configIds, makeTicketConfig } from './inbox-fixtures';
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
    'GET /api/ticket-config': { body: makeTicketConfig() },
    'GET /api/views': { body: { items: [] } },
  });
  const view = renderWithApp(<InboxPage />, { route, path: '/inbox' });
  const listRequests = () => stub.requests.filter((r) => r.url.pathname === '/api/tickets');
  const lastListQuery = () => listRequests().at(-1)?.url.searchParams ?? new URLSearchParams();
  const location = () => new URL(screen.getByTestId('location').textContent, 'http://localhost');
  return { ...view, ...stub, listRequests, lastListQuery, location };
}

describe('InboxPage', () => {
  it('renders one row per ticket with the default columns and the subject linking to the ticket', async () => {
    setup();
    const rows = await screen.findAllByTestId('ticket-row');
    expect(rows).toHaveLength(2);
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual([
      'Número',
      'Asunto',
      'Solicitante',
      'Estado',
      'Prioridad',
      'Asignado a',
      'SLA',
      'Actualizado',
    ]);

    const [first, second] = rows as [HTMLElement, HTMLElement];
    expect(within(first).getByRole('link', { name: 'No puedo descargar mi factura' })).toHaveAttribute(
      'href',
      `/tickets/${ids.ticket}`,
    );
    expect(within(first).getByText('#1042')).toBeInTheDocument();
    expect(within(first).getByText('Carlos Pérez')).toBeInTheDocument();
    expect(within(first).getByText('Abierto')).toBeInTheDocument();
    expect(within(first).getByText('Alta')).toBeInTheDocument();
    expect(within(first).getByText('Ana Beltrán')).toBeInTheDocument();

    expect(within(second).getByRole('link', { name: 'Error al iniciar sesión' })).toBeInTheDocument();
    expect(within(second).getByText('Nuevo')).toBeInTheDocument();
    expect(within(second).getByText('Crítica')).toBeInTheDocument();
    expect(within(second).getByText('Sin asignar')).toBeInTheDocument();
  });

  it('shows the columns picked in the URL, in that order, with custom status names and the activity and SLA lights', async () => {
    stubFetch({
      'GET /api/tickets': {
        body: {
          items: [
            makeTicket({
              status: 'on_hold',
              customStatus: { id: configIds.statusBank, name: 'Esperando al banco' },
              activityIndicator: 'due',
              slaIndicator: 'breached',
              slaDueAt: new Date(Date.now() - 2 * 3600_000 - 60_000).toISOString(),
              type: 'warranty',
            }),
          ],
          nextCursor: null,
        },
      },
      'GET /api/agents': { body: { items: [] } },
      'GET /api/teams': { body: { items: [] } },
      'GET /api/ticket-config': { body: makeTicketConfig() },
      'GET /api/views': { body: { items: [] } },
    });
    renderWithApp(<InboxPage />, {
      route: '/inbox?columns=activity,status,subject,type,company,sla',
      path: '/inbox',
    });
    const row = await screen.findByTestId('ticket-row');
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Actividad',
      'Estado',
      'Asunto',
      'Tipo',
      'Empresa',
      'SLA',
    ]);
    expect(within(row).getByText('Esperando al banco')).toBeInTheDocument();
    expect(within(row).queryByText('En espera')).not.toBeInTheDocument();
    expect(within(row).getByRole('img', { name: /Actividad vencida/ })).toHaveAttribute(
      'data-indicator',
      'due',
    );
    expect(within(row).getByRole('img', { name: /^SLA incumplido hace 2 h 1 min/ })).toHaveTextContent(
      '−2 h',
    );
    expect(await within(row).findByText('Garantía')).toBeInTheDocument();
    expect(within(row).getByText('Cliente SA')).toBeInTheDocument();
  });

  it('changes the columns with the picker and keeps them in the URL', async () => {
    const user = userEvent.setup();
    const { location } = setup();
    await screen.findAllByTestId('ticket-row');
    await user.click(screen.getByRole('button', { name: 'Columnas' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Etiquetas' }));
    await waitFor(() => {
      expect(location().searchParams.get('columns')).toBe(
        'number,subject,requester,status,priority,assignee,sla,updatedAt,tags',
      );
    });
    await user.click(screen.getByRole('button', { name: 'Subir la columna Asunto' }));
    await waitFor(() => {
      expect(location().searchParams.get('columns')).toBe(
        'subject,number,requester,status,priority,assignee,sla,updatedAt,tags',
      );
    });
    expect(screen.getAllByRole('columnheader')[0]).toHaveTextContent('Asunto');
  });

  it('opens the ticket when any part of its row is clicked', async () => {
    const user = userEvent.setup();
    const { location } = setup();
    await screen.findAllByTestId('ticket-row');
    await user.click(screen.getByText('Lucía Gómez'));
    await waitFor(() => {
      expect(location().pathname).toBe(`/tickets/${ids.ticket2}`);
    });
  });

  it('opens the trash from the inbox', async () => {
    const user = userEvent.setup();
    const { location, lastListQuery } = setup();
    await screen.findAllByTestId('ticket-row');
    await user.click(screen.getByRole('link', { name: 'Papelera' }));
    await waitFor(() => {
      expect(lastListQuery().get('status')).toBe('trashed');
    });
    expect(location().search).toBe('?status=trashed');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Papelera');
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
      'GET /api/ticket-config': { body: makeTicketConfig() },
      'GET /api/views': { body: { items: [] } },
    });
    renderWithApp(<InboxPage />, { route: '/inbox', path: '/inbox' });
    expect(await screen.findByText('No hay tickets')).toBeInTheDocument();
    expect(screen.queryByTestId('ticket-row')).not.toBeInTheDocument();
  });
});
