import type { BulkOperation, Ticket } from '@atiende/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch, type RecordedRequest, type StubResponse } from '../../../test/fetch-stub';
import { ids, makeSession, makeTicket } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { configIds, makeTicketConfig } from '../inbox-fixtures';
import { InboxPage } from '../InboxPage';

const tickets: Ticket[] = [
  makeTicket(),
  makeTicket({ id: ids.ticket2, number: 1043, subject: 'Error al iniciar sesión' }),
];

function operation(overrides: Partial<BulkOperation>): BulkOperation {
  return {
    id: configIds.bulkOperation,
    state: 'queued',
    total: 2,
    done: 0,
    failed: 0,
    errors: [],
    createdAt: '2025-11-20T10:00:00.000Z',
    finishedAt: null,
    ...overrides,
  };
}

function setup(routes: Record<string, StubResponse | ((r: RecordedRequest) => StubResponse)>) {
  const stub = stubFetch({
    'GET /api/tickets': { body: { items: tickets, nextCursor: null } },
    'GET /api/agents': { body: { items: [] } },
    'GET /api/teams': { body: { items: [] } },
    'GET /api/ticket-config': { body: makeTicketConfig() },
    'GET /api/views': { body: { items: [] } },
    ...routes,
  });
  const session = makeSession({ abilities: ['tickets.read', 'tickets.write', 'tickets.manage'] });
  renderWithApp(<InboxPage />, { route: '/inbox', path: '/inbox', session });
  const posts = () => stub.requests.filter((r) => r.method === 'POST');
  return { ...stub, posts };
}

// Several Mantine dropdowns per test: slow in jsdom on a loaded machine.
describe('bulk actions in the inbox', { timeout: 40_000 }, () => {
  it('posts the action for the checked tickets, follows its progress and lists the failures by number', async () => {
    const user = userEvent.setup();
    let polls = 0;
    const { posts } = setup({
      'POST /api/tickets/bulk': { status: 202, body: operation({}) },
      [`GET /api/bulk-operations/${configIds.bulkOperation}`]: () => {
        polls += 1;
        return polls < 3
          ? { body: operation({ state: 'running', done: 1 }) }
          : {
              body: operation({
                state: 'finished',
                done: 1,
                failed: 1,
                errors: [{ ticketId: ids.ticket2, message: 'El ticket está cerrado' }],
                finishedAt: '2025-11-20T10:00:05.000Z',
              }),
            };
      },
    });
    await screen.findAllByTestId('ticket-row');
    await user.click(screen.getByRole('checkbox', { name: 'Seleccionar todos los tickets de esta página' }));
    const bar = screen.getByRole('region', { name: 'Acciones masivas' });
    expect(within(bar).getByText('2 tickets seleccionados')).toBeInTheDocument();

    await user.click(within(bar).getByRole('button', { name: 'Prioridad' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cambiar la prioridad' });
    expect(within(dialog).getByRole('button', { name: 'Aplicar' })).toBeDisabled();
    await user.click(within(dialog).getByRole('textbox', { name: /Nueva prioridad/ }));
    await user.click(await screen.findByRole('option', { name: 'Baja' }));
    await user.click(within(dialog).getByRole('button', { name: 'Aplicar' }));

    await waitFor(() => {
      expect(posts()).toHaveLength(1);
    });
    expect(posts()[0]?.url.pathname).toBe('/api/tickets/bulk');
    expect(posts()[0]?.body).toEqual({
      ticketIds: [ids.ticket, ids.ticket2],
      action: { type: 'priority', priority: 'low' },
    });

    const progress = await screen.findByRole('dialog', { name: 'Acción masiva' });
    expect(await within(progress).findByText('Procesados 1 de 2…')).toBeInTheDocument();
    expect(
      within(progress).getByRole('progressbar', { name: 'Progreso de la acción masiva' }),
    ).toHaveAttribute('aria-valuenow', '50');
    expect(
      await within(progress).findByText(
        'Listo: 1 de 2 tickets actualizados, 1 con errores.',
        {},
        { timeout: 8000 },
      ),
    ).toBeInTheDocument();
    const failures = within(progress).getByTestId('bulk-failures');
    expect(failures).toHaveTextContent('#1043 — El ticket está cerrado');
    expect(polls).toBe(3);

    await user.click(within(progress).getByRole('button', { name: 'Cerrar' }));
    expect(screen.queryByRole('region', { name: 'Acciones masivas' })).not.toBeInTheDocument();
  });

  it('selects every matching ticket page by page (200 at a time) and trashes them all', async () => {
    const user = userEvent.setup();
    const many = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) =>
        makeTicket({ id: `0b6c1a4e-8f1d-4a51-9d0c-${String(from + i).padStart(12, '0')}`, number: from + i }),
      );
    const { posts, requests } = setup({
      'GET /api/tickets': (request) => {
        if (request.url.searchParams.get('limit') !== '200')
          return { body: { items: tickets, nextCursor: null } };
        return request.url.searchParams.get('cursor') === 'page-2'
          ? { body: { items: many(2200, 50), nextCursor: null } }
          : { body: { items: many(2000, 200), nextCursor: 'page-2' } };
      },
      'POST /api/tickets/bulk': {
        status: 202,
        body: operation({ state: 'finished', total: 250, done: 250 }),
      },
    });
    await screen.findAllByTestId('ticket-row');
    await user.click(screen.getByRole('checkbox', { name: 'Seleccionar el ticket #1042' }));
    await user.click(
      screen.getByRole('button', { name: 'Seleccionar todos los que coinciden (hasta 1000)' }),
    );
    expect(await screen.findByText('250 tickets seleccionados')).toBeInTheDocument();
    const pages = requests.filter((r) => r.url.searchParams.get('limit') === '200');
    expect(pages.map((r) => r.url.searchParams.get('cursor'))).toEqual([null, 'page-2']);
    expect(pages.every((r) => r.url.searchParams.get('status') === 'new,open,pending,on_hold')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Enviar a la papelera' }));
    const dialog = await screen.findByRole('dialog', { name: 'Enviar a la papelera' });
    await user.click(within(dialog).getByRole('textbox', { name: /Motivo/ }));
    await user.click(await screen.findByRole('option', { name: 'Spam' }));
    await user.click(within(dialog).getByRole('button', { name: 'Aplicar' }));
    await waitFor(() => {
      expect(posts()).toHaveLength(1);
    });
    const body = posts()[0]?.body as { ticketIds: string[]; action: unknown };
    expect(body.ticketIds).toHaveLength(250);
    expect(new Set(body.ticketIds).size).toBe(250);
    expect(body.action).toEqual({ type: 'trash', reason: 'spam' });
    expect(
      await screen.findByText('Listo: 250 de 250 tickets actualizados, 0 con errores.'),
    ).toBeInTheDocument();
  });

  it('asks for a reason when solving as not finalized, like the ticket view', async () => {
    const user = userEvent.setup();
    const { posts } = setup({
      'POST /api/tickets/bulk': { status: 202, body: operation({ state: 'finished', done: 1, total: 1 }) },
    });
    await screen.findAllByTestId('ticket-row');
    await user.click(screen.getByRole('checkbox', { name: 'Seleccionar el ticket #1043' }));
    await user.click(screen.getByRole('button', { name: 'Estado' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cambiar el estado' });
    await user.click(within(dialog).getByRole('textbox', { name: /Nuevo estado/ }));
    await user.click(await screen.findByRole('option', { name: 'Resuelto' }));
    await user.click(within(dialog).getByRole('radio', { name: 'No finalizado' }));
    const apply = within(dialog).getByRole('button', { name: 'Aplicar' });
    expect(apply).toBeDisabled();
    await user.click(within(dialog).getByRole('textbox', { name: /Motivo/ }));
    await user.click(await screen.findByRole('option', { name: 'El cliente nunca respondió' }));
    await user.click(apply);
    await waitFor(() => {
      expect(posts()).toHaveLength(1);
    });
    expect(posts()[0]?.body).toEqual({
      ticketIds: [ids.ticket2],
      action: {
        type: 'status',
        status: 'solved',
        resolution: 'not_finalized',
        resolutionReasonId: configIds.reasonNoAnswer,
      },
    });
  });
});
