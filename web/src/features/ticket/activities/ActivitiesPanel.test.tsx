import type { Activity } from '@atiende/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch, type RecordedRequest } from '../../../test/fetch-stub';
import { ids, makeAgent } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { ActivitiesPanel } from './ActivitiesPanel';

const activityId = '0b6c1a4e-8f1d-4a51-9d0c-000000000501';
const hour = 3_600_000;

function makeActivity(overrides: Partial<Activity> = {}): Activity {
  return {
    id: activityId,
    ticketId: ids.ticket,
    title: 'Consultar con facturación',
    kind: 'task',
    dueAt: new Date(Date.now() - 2 * hour).toISOString(),
    owner: { id: ids.me, name: 'Ana Beltrán' },
    doneAt: null,
    createdAt: new Date(Date.now() - 24 * hour).toISOString(),
    ...overrides,
  };
}

function setup(initial: Activity[]) {
  let list = initial;
  const stub = stubFetch({
    [`GET /api/tickets/${ids.ticket}/activities`]: () => ({ body: { items: list } }),
    [`POST /api/tickets/${ids.ticket}/activities`]: (request: RecordedRequest) => {
      const body = request.body as { title: string; kind: Activity['kind']; dueAt: string };
      const created = makeActivity({ id: '0b6c1a4e-8f1d-4a51-9d0c-000000000502', ...body });
      list = [...list, created];
      return { status: 201, body: created };
    },
    [`PATCH /api/activities/${activityId}`]: (request: RecordedRequest) => {
      const done = (request.body as { done?: boolean }).done === true;
      list = list.map((a) =>
        a.id === activityId ? { ...a, doneAt: done ? new Date().toISOString() : null } : a,
      );
      return { body: list.find((a) => a.id === activityId) };
    },
    'GET /api/agents': { body: { items: [makeAgent()] } },
    [`GET /api/tickets/${ids.ticket}`]: { status: 599 },
    'GET /api/tickets': { body: { items: [], nextCursor: null } },
  });
  renderWithApp(<ActivitiesPanel ticketId={ids.ticket} readOnly={false} />);
  return { requests: stub.requests };
}

describe('ActivitiesPanel', () => {
  it('adds an activity owned by me by default, with the due time as an ISO timestamp', async () => {
    const user = userEvent.setup();
    const { requests } = setup([]);
    expect(await screen.findByText('Sin actividades pendientes.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Nueva actividad' }));
    await user.type(screen.getByRole('textbox', { name: 'Qué hay que hacer' }), 'Llamar al cliente');
    await user.click(screen.getByRole('textbox', { name: 'Tipo' }));
    await user.click(await screen.findByRole('option', { name: 'Llamada' }));
    fireEvent.change(screen.getByLabelText(/Fecha y hora límite/), { target: { value: '2031-03-04T09:30' } });
    await user.click(screen.getByRole('button', { name: 'Guardar' }));

    await waitFor(() => {
      expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    });
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      title: 'Llamar al cliente',
      kind: 'call',
      dueAt: new Date(2031, 2, 4, 9, 30).toISOString(),
      ownerId: ids.me,
    });
    expect(await screen.findByText('Llamar al cliente')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Qué hay que hacer' })).not.toBeInTheDocument();
  });

  it('shows an overdue activity in red and marks it done with a PATCH', async () => {
    const user = userEvent.setup();
    const { requests } = setup([makeActivity()]);
    const row = await screen.findByTestId('activity-row');
    expect(row).toHaveAttribute('data-late', 'true');
    expect(within(row).getByText(/Vencida/)).toBeInTheDocument();

    await user.click(
      within(row).getByRole('checkbox', { name: 'Marcar «Consultar con facturación» como hecha' }),
    );
    await waitFor(() => {
      expect(requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    });
    const patch = requests.find((r) => r.method === 'PATCH');
    expect(patch?.url.pathname).toBe(`/api/activities/${activityId}`);
    expect(patch?.body).toEqual({ done: true });
    // Done activities move to the collapsed "Completadas" list.
    expect(await screen.findByRole('button', { name: 'Completada (1)' })).toBeInTheDocument();
    expect(await screen.findByText('Sin actividades pendientes.')).toBeInTheDocument();
  });
});
