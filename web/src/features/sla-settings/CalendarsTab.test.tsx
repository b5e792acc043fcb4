import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '../../test/fetch-stub';
import { makeSession } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { makeCalendar, slaIds } from './sla-fixtures';
import { SlaSettingsPage } from './SlaSettingsPage';

const admin = makeSession({ abilities: ['tickets.read', 'sla.manage'] });

function renderCalendars(routes: Parameters<typeof stubFetch>[0] = {}) {
  const stub = stubFetch({
    'GET /api/sla/calendars': { body: { items: [makeCalendar()] } },
    ...routes,
  });
  renderWithApp(<SlaSettingsPage />, {
    route: '/settings/sla?tab=calendars',
    path: '/settings/sla',
    session: admin,
  });
  return { ...stub, writes: () => stub.requests.filter((request) => request.method !== 'GET') };
}

describe('SLA calendars tab', () => {
  it('lists each calendar with its zone, grouped weekly hours and holidays', async () => {
    renderCalendars();
    const row = await screen.findByTestId('sla-calendar-row');
    expect(row).toHaveTextContent('Oficina Bogotá');
    expect(row).toHaveTextContent('America/Bogota');
    expect(row).toHaveTextContent(/lun–vie 08:00–17:00/);
    expect(row).toHaveTextContent('1 feriado');
  });

  it('shows interval and holiday problems under their inputs and sends nothing', async () => {
    const user = userEvent.setup();
    const { writes } = renderCalendars();
    await user.click(await screen.findByRole('button', { name: 'Nuevo horario' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nuevo horario' });
    expect(within(dialog).getByRole('textbox', { name: 'Zona horaria' })).toHaveValue(
      'America/Bogota (GMT-5)',
    );
    await user.type(within(dialog).getByRole('textbox', { name: 'Nombre' }), 'Lima');
    const mondayEnd = within(dialog).getByLabelText('lunes, intervalo 1: hasta');
    await user.clear(mondayEnd);
    await user.type(mondayEnd, '08:00');
    await user.click(within(dialog).getByRole('button', { name: 'Agregar feriado' }));
    await user.click(within(dialog).getByRole('button', { name: 'Guardar' }));

    expect(mondayEnd).toHaveAccessibleDescription('El fin debe ser posterior al inicio.');
    expect(within(dialog).getByLabelText('lunes, intervalo 1: desde')).toHaveAccessibleDescription(
      'El fin debe ser posterior al inicio.',
    );
    expect(within(dialog).getByLabelText('Fecha del feriado 1')).toHaveAccessibleDescription(
      'Elige una fecha.',
    );
    expect(within(dialog).getByRole('textbox', { name: 'Nombre del feriado 1' })).toHaveAccessibleDescription(
      'Este campo es obligatorio.',
    );
    expect(writes()).toHaveLength(0);
  }, 20_000);

  it('copies Monday to the weekdays and puts a server issue on the interval it names', async () => {
    const user = userEvent.setup();
    const { writes } = renderCalendars({
      'PATCH /api/sla/calendars/0b6c1a4e-8f1d-4a51-9d0c-0000000005c1': {
        status: 400,
        body: {
          error: {
            code: 'validation_failed',
            message: 'Invalid input',
            issues: [{ path: 'hours.2.end', message: 'Server says no' }],
          },
        },
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Editar el horario Oficina Bogotá' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Agregar intervalo al lunes' }));
    const secondEnd = within(dialog).getByLabelText('lunes, intervalo 2: hasta');
    await user.type(secondEnd, '19:00');
    const firstEnd = within(dialog).getByLabelText('lunes, intervalo 1: hasta');
    await user.clear(firstEnd);
    await user.type(firstEnd, '12:00');
    const secondStart = within(dialog).getByLabelText('lunes, intervalo 2: desde');
    await user.clear(secondStart);
    await user.type(secondStart, '14:00');
    await user.click(within(dialog).getByRole('button', { name: 'Copiar el lunes a martes–viernes' }));
    expect(within(dialog).getByLabelText('viernes, intervalo 2: desde')).toHaveValue('14:00');
    await user.click(within(dialog).getByRole('button', { name: 'Guardar' }));

    await waitFor(() => {
      expect(writes()).toHaveLength(1);
    });
    const body = writes()[0]?.body as { hours: unknown[]; timeZone: string };
    expect(body.timeZone).toBe('America/Bogota');
    expect(body.hours).toHaveLength(10);
    expect(body.hours.slice(0, 3)).toEqual([
      { weekday: 1, start: '08:00', end: '12:00' },
      { weekday: 1, start: '14:00', end: '19:00' },
      { weekday: 2, start: '08:00', end: '12:00' },
    ]);
    // hours[2] is Tuesday's first interval.
    await waitFor(() => {
      expect(within(dialog).getByLabelText('martes, intervalo 1: hasta')).toHaveAccessibleDescription(
        'Server says no',
      );
    });
  }, 30_000);

  it('explains why a calendar in use cannot be deleted', async () => {
    const user = userEvent.setup();
    renderCalendars({
      [`DELETE /api/sla/calendars/${slaIds.calendar}`]: {
        status: 409,
        body: { error: { code: 'conflict', message: 'Used by: VIP' } },
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Eliminar el horario Oficina Bogotá' }));
    const dialog = await screen.findByRole('dialog', { name: '¿Eliminar el horario «Oficina Bogotá»?' });
    await user.click(within(dialog).getByRole('button', { name: 'Eliminar' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Este horario lo usa al menos una política: cámbiala de horario antes de eliminarlo. Used by: VIP',
    );
  });
});
