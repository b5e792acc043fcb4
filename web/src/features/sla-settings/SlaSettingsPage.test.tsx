import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch, type StubResponse } from '../../test/fetch-stub';
import { makeSession, makeTeam } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { makeTicketConfig } from '../ticket-settings/ticket-config.fixture';
import { makeCalendar, makePolicy, makeRun, slaIds } from './sla-fixtures';
import { SlaSettingsPage } from './SlaSettingsPage';

const supervisor = makeSession({ abilities: ['tickets.read', 'tickets.write', 'sla.manage'] });

type Routes = Parameters<typeof stubFetch>[0];

function renderPage(routes: Routes = {}, route = '/settings/sla') {
  const stub = stubFetch({
    'GET /api/sla/policies': {
      body: {
        items: [
          makePolicy(),
          makePolicy({
            id: slaIds.policyB,
            name: 'VIP',
            position: 1,
            calendar: { id: slaIds.calendar, name: 'Oficina Bogotá' },
            conditions: {
              priorities: ['high'],
              types: [],
              channels: ['email'],
              teamIds: [],
              companyIds: [],
              tags: [],
            },
          }),
        ],
      },
    },
    'GET /api/sla/calendars': { body: { items: [makeCalendar()] } },
    'GET /api/ticket-config': { body: makeTicketConfig() },
    'GET /api/teams': { body: { items: [makeTeam()] } },
    'GET /api/companies': { body: { items: [], nextCursor: null } },
    ...routes,
  });
  renderWithApp(<SlaSettingsPage />, { route, path: '/settings/sla', session: supervisor });
  const writes = () => stub.requests.filter((request) => request.method !== 'GET');
  return { ...stub, writes };
}

const validationError = (path: string, message: string): StubResponse => ({
  status: 400,
  body: { error: { code: 'validation_failed', message: 'Invalid input', issues: [{ path, message }] } },
});

describe('SlaSettingsPage', () => {
  it('tells an agent without sla.manage that they have no permission, without asking the server', () => {
    const { requests } = stubFetch({});
    renderWithApp(<SlaSettingsPage />, { route: '/settings/sla', path: '/settings/sla' });
    expect(screen.getByRole('alert')).toHaveTextContent('No tienes permiso');
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });

  it('lists the policies in order with what they cover and their hours', async () => {
    renderPage();
    const table = await screen.findByRole('table', { name: 'Políticas de SLA' });
    const rows = within(table).getAllByTestId('sla-policy-row');
    expect(rows[0]).toHaveTextContent('Estándar');
    expect(rows[0]).toHaveTextContent('Todos los tickets');
    expect(rows[0]).toHaveTextContent('24×7');
    expect(rows[1]).toHaveTextContent('Prioridad: Alta · Canal: Correo');
    expect(rows[1]).toHaveTextContent('Oficina Bogotá');
    expect(screen.getByRole('button', { name: 'Subir la política Estándar' })).toBeDisabled();
  });

  it('creates a policy from hours and minutes, then follows the recompute to the end', async () => {
    const user = userEvent.setup();
    let polls = 0;
    const { writes } = renderPage({
      'POST /api/sla/policies': (request) => ({
        status: 201,
        body: {
          policy: makePolicy({ id: slaIds.policyB, name: 'Prueba' }),
          recompute: makeRun(),
          sent: request.body,
        },
      }),
      'GET /api/sla/recompute-runs/0b6c1a4e-8f1d-4a51-9d0c-0000000005f1': () => {
        polls += 1;
        return { body: polls < 2 ? makeRun({ done: 5000 }) : makeRun({ state: 'finished', done: 20_000 }) };
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Nueva política' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nueva política de SLA' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Nombre' }), 'Prueba');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Primera respuesta, prioridad Baja: horas' }),
      '1',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Primera respuesta, prioridad Baja: minutos' }),
      '30',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Resolución, prioridad Crítica: horas' }),
      '8',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Guardar' }));

    await waitFor(() => {
      expect(writes()).toHaveLength(1);
    });
    expect(writes()[0]?.body).toMatchObject({
      name: 'Prueba',
      active: true,
      calendarId: null,
      pauseStatuses: ['pending'],
      targets: {
        low: { firstResponseMinutes: 90, nextResponseMinutes: null, resolutionMinutes: null },
        critical: { firstResponseMinutes: null, nextResponseMinutes: null, resolutionMinutes: 480 },
        high: { firstResponseMinutes: null, nextResponseMinutes: null, resolutionMinutes: null },
      },
    });
    expect(await screen.findByText(/Recalculando SLA: .+ de 20.000 tickets/)).toBeInTheDocument();
    expect(
      await screen.findByText('SLA recalculado en 20.000 tickets abiertos.', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  }, 20_000);

  it('shows local problems and server issues next to the field they name', async () => {
    const user = userEvent.setup();
    const { writes } = renderPage({
      'POST /api/sla/policies': validationError('targets.low.firstResponseMinutes', 'Too long for low'),
    });
    await user.click(await screen.findByRole('button', { name: 'Nueva política' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Guardar' }));
    expect(within(dialog).getByRole('textbox', { name: 'Nombre' })).toHaveAccessibleDescription(
      'Este campo es obligatorio.',
    );
    expect(within(dialog).getByText('Define al menos un objetivo.')).toBeInTheDocument();
    const minutes = within(dialog).getByRole('textbox', {
      name: 'Siguiente respuesta, prioridad Alta: minutos',
    });
    await user.type(minutes, '75');
    await user.type(within(dialog).getByRole('textbox', { name: 'Nombre' }), 'X');
    await user.click(within(dialog).getByRole('button', { name: 'Guardar' }));
    expect(minutes).toHaveAccessibleDescription('Los minutos van de 0 a 59.');
    expect(writes()).toHaveLength(0);

    await user.clear(minutes);
    const lowHours = within(dialog).getByRole('textbox', {
      name: 'Primera respuesta, prioridad Baja: horas',
    });
    await user.type(lowHours, '1');
    await user.click(within(dialog).getByRole('button', { name: 'Guardar' }));
    await waitFor(() => {
      expect(lowHours).toHaveAccessibleDescription('Too long for low');
    });
    expect(writes()).toHaveLength(1);
  }, 20_000);

  it('moves a policy down with the keyboard-accessible button and sends the new order', async () => {
    const user = userEvent.setup();
    const { writes } = renderPage({
      'POST /api/sla/policies/reorder': {
        body: { items: [], recompute: makeRun({ state: 'queued', done: 0 }) },
      },
      [`GET /api/sla/recompute-runs/${slaIds.run}`]: { body: makeRun({ state: 'queued', done: 0 }) },
    });
    await user.click(await screen.findByRole('button', { name: 'Bajar la política Estándar' }));
    await waitFor(() => {
      expect(writes()).toHaveLength(1);
    });
    expect(writes()[0]?.url.pathname).toBe('/api/sla/policies/reorder');
    expect(writes()[0]?.body).toEqual({ ids: [slaIds.policyB, slaIds.policyA] });
    expect(await screen.findByText('Recalculando SLA: en cola…')).toBeInTheDocument();
  });
});
