import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch, type RecordedRequest } from '../../test/fetch-stub';
import { makeSession } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { configIds, makeTicketConfig } from './ticket-config.fixture';
import { TicketSettingsPage } from './TicketSettingsPage';

const admin = makeSession({ abilities: ['tickets.read', 'tickets.write', 'ticket_config.manage'] });

function renderPage(routes: Parameters<typeof stubFetch>[0] = {}, route = '/settings/tickets') {
  const stub = stubFetch({ 'GET /api/ticket-config': { body: makeTicketConfig() }, ...routes });
  renderWithApp(<TicketSettingsPage />, { route, path: '/settings/tickets', session: admin });
  const writes = () => stub.requests.filter((request) => request.method !== 'GET');
  return { ...stub, writes };
}

describe('TicketSettingsPage', () => {
  it('tells an agent without ticket_config.manage that they have no permission', () => {
    const { requests } = stubFetch({});
    renderWithApp(<TicketSettingsPage />, { route: '/settings/tickets', path: '/settings/tickets' });
    expect(screen.getByRole('alert')).toHaveTextContent('No tienes permiso');
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });

  it('lists the types with their keys and creates a type by name, then reloads the config', async () => {
    const user = userEvent.setup();
    const { writes, requests } = renderPage({
      'POST /api/ticket-config/types': (request: RecordedRequest) => ({
        status: 201,
        body: { id: configIds.onboarding, key: 'garantias', ...(request.body as object), archived: false },
      }),
    });
    const table = await screen.findByRole('table', { name: 'Tipos de ticket' });
    expect(within(table).getByText('billing')).toBeInTheDocument();
    expect(within(table).getByText('Archivado')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Nuevo tipo de ticket' }), '  Garantías ');
    await user.click(screen.getByRole('button', { name: 'Agregar' }));

    await waitFor(() => {
      expect(writes()).toHaveLength(1);
    });
    expect(writes()[0]?.url.pathname).toBe('/api/ticket-config/types');
    expect(writes()[0]?.body).toEqual({ name: 'Garantías' });
    await waitFor(() => {
      expect(requests.filter((r) => r.url.pathname === '/api/ticket-config')).toHaveLength(2);
    });
    expect(screen.getByRole('textbox', { name: 'Nuevo tipo de ticket' })).toHaveValue('');
    expect(await screen.findByText('Se agregó «Garantías».')).toBeInTheDocument();
  });

  it('shows the server validation issue under the name input', async () => {
    const user = userEvent.setup();
    renderPage({
      'POST /api/ticket-config/types': {
        status: 400,
        body: {
          error: {
            code: 'validation_failed',
            message: 'Invalid input',
            issues: [{ path: 'name', message: 'Ya existe un tipo con ese nombre' }],
          },
        },
      },
    });
    const input = await screen.findByRole('textbox', { name: 'Nuevo tipo de ticket' });
    await user.type(input, 'Facturación');
    await user.click(screen.getByRole('button', { name: 'Agregar' }));
    await waitFor(() => {
      expect(input).toHaveAccessibleDescription(/Ya existe un tipo con ese nombre/);
    });
  });

  it('explains a clash of the derived key on the name input', async () => {
    const user = userEvent.setup();
    renderPage({
      'POST /api/ticket-config/types': {
        status: 409,
        body: {
          error: {
            code: 'conflict',
            message: 'A ticket type with the key "billing" already exists',
            issues: [{ path: 'key', message: 'A ticket type with the key "billing" already exists' }],
          },
        },
      },
    });
    const input = await screen.findByRole('textbox', { name: 'Nuevo tipo de ticket' });
    await user.type(input, 'Billing');
    await user.click(screen.getByRole('button', { name: 'Agregar' }));
    await waitFor(() => {
      expect(input).toHaveAccessibleDescription(/Ya existe un tipo con un nombre equivalente/);
    });
    // Not the generic "someone else changed this record" conflict text, nor the server's English.
    expect(screen.queryByText(/already exists/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Otra persona modificó/)).not.toBeInTheDocument();
  });

  it('moves a type up by swapping positions', async () => {
    const user = userEvent.setup();
    const { writes } = renderPage({
      [`PATCH /api/ticket-config/types/${configIds.billing}`]: { body: {} },
      [`PATCH /api/ticket-config/types/${configIds.technical}`]: { body: {} },
    });
    await user.click(await screen.findByRole('button', { name: 'Subir «Facturación»' }));
    await waitFor(() => {
      expect(writes()).toHaveLength(2);
    });
    expect(writes().map((r) => [r.url.pathname, r.body])).toEqual([
      [`/api/ticket-config/types/${configIds.billing}`, { position: 0 }],
      [`/api/ticket-config/types/${configIds.technical}`, { position: 1 }],
    ]);
    expect(screen.getByRole('button', { name: 'Subir «Soporte técnico»' })).toBeDisabled();
  });

  it('archives only after confirmation', async () => {
    const user = userEvent.setup();
    const { writes } = renderPage({
      [`PATCH /api/ticket-config/types/${configIds.billing}`]: { body: {} },
    });
    await user.click(await screen.findByRole('button', { name: 'Archivar «Facturación»' }));
    const dialog = screen.getByRole('dialog', { name: '¿Archivar «Facturación»?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancelar' }));
    expect(writes()).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Archivar «Facturación»' }));
    await user.click(
      within(screen.getByRole('dialog', { name: '¿Archivar «Facturación»?' })).getByRole('button', {
        name: 'Archivar',
      }),
    );
    await waitFor(() => {
      expect(writes()).toHaveLength(1);
    });
    expect(writes()[0]?.url.pathname).toBe(`/api/ticket-config/types/${configIds.billing}`);
    expect(writes()[0]?.body).toEqual({ archived: true });
  });

  it('renames a type in place', async () => {
    const user = userEvent.setup();
    const { writes } = renderPage({
      [`PATCH /api/ticket-config/types/${configIds.technical}`]: { body: {} },
    });
    const renameButton = await screen.findByRole('button', { name: 'Renombrar «Soporte técnico»' });
    await user.click(renameButton);
    await user.keyboard('{Escape}');
    expect(
      screen.queryByRole('textbox', { name: 'Nuevo nombre para «Soporte técnico»' }),
    ).not.toBeInTheDocument();
    await waitFor(() => {
      expect(renameButton).toHaveFocus();
    });

    await user.click(renameButton);
    const input = screen.getByRole('textbox', { name: 'Nuevo nombre para «Soporte técnico»' });
    await user.clear(input);
    await user.type(input, 'Soporte{Enter}');
    await waitFor(() => {
      expect(writes()).toHaveLength(1);
    });
    expect(writes()[0]?.url.pathname).toBe(`/api/ticket-config/types/${configIds.technical}`);
    expect(writes()[0]?.body).toEqual({ name: 'Soporte' });
  });

  it('groups custom statuses by category and adds one to its category', async () => {
    const user = userEvent.setup();
    const { writes } = renderPage(
      { 'POST /api/ticket-config/statuses': { status: 201, body: {} } },
      '/settings/tickets?tab=statuses',
    );
    const onHold = await screen.findByRole('region', { name: 'En espera' });
    expect(within(onHold).getByText('Esperando al banco')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Pendiente del cliente' })).toHaveTextContent(
      'Sin estados personalizados',
    );

    await user.type(
      within(onHold).getByRole('textbox', { name: 'Nuevo estado en «En espera»' }),
      'Esperando proveedor',
    );
    await user.click(within(onHold).getByRole('button', { name: 'Agregar' }));
    await waitFor(() => {
      expect(writes()).toHaveLength(1);
    });
    expect(writes()[0]?.url.pathname).toBe('/api/ticket-config/statuses');
    expect(writes()[0]?.body).toEqual({ category: 'on_hold', name: 'Esperando proveedor' });
  });
});
