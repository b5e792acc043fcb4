import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch, type RecordedRequest, type StubResponse } from '../../../test/fetch-stub';
import { ids, makeAgent, makeTeam, makeTicket } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { configIds, makeTicketConfig } from '../test/config-fixture';
import { TicketSidePanel } from '../TicketSidePanel';

function setup(patch: (request: RecordedRequest) => StubResponse) {
  const stub = stubFetch({
    'GET /api/ticket-config': { body: makeTicketConfig() },
    'GET /api/agents': { body: { items: [makeAgent()] } },
    'GET /api/teams': { body: { items: [makeTeam()] } },
    [`PATCH /api/tickets/${ids.ticket}`]: patch,
    'GET /api/tickets': { body: { items: [], nextCursor: null } },
    'GET /api/tickets/counts': { status: 599 },
  });
  renderWithApp(<TicketSidePanel ticket={makeTicket()} />);
  const patches = () => stub.requests.filter((r) => r.method === 'PATCH');
  return { patches };
}

async function chooseSolved(user: ReturnType<typeof userEvent.setup>) {
  // The config arrives first, so the grouped options include the custom statuses.
  expect(await screen.findByText('Número de pedido')).toBeInTheDocument();
  await user.click(screen.getByRole('textbox', { name: 'Estado' }));
  await user.click(await screen.findByRole('option', { name: 'Resuelto' }));
  return screen.findByRole('dialog', { name: 'Finalizar ticket' });
}

describe('FinalizeDialog', () => {
  it('requires a reason for "not finalized" and then sends status, resolution and reason', async () => {
    const user = userEvent.setup();
    const { patches } = setup(() => ({
      body: makeTicket({ status: 'solved', resolution: 'not_finalized' }),
    }));
    const dialog = await chooseSolved(user);

    await user.click(within(dialog).getByRole('radio', { name: /No finalizado/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Resolver ticket' }));
    expect(await within(dialog).findByText('Elige un motivo para cerrar sin finalizar.')).toBeInTheDocument();
    expect(patches()).toHaveLength(0);

    await user.click(within(dialog).getByRole('textbox', { name: 'Motivo' }));
    expect(screen.queryByRole('option', { name: 'Motivo archivado' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: 'El cliente nunca respondió' }));
    await user.click(within(dialog).getByRole('button', { name: 'Resolver ticket' }));

    await waitFor(() => {
      expect(patches()).toHaveLength(1);
    });
    expect(patches()[0]?.body).toEqual({
      status: 'solved',
      resolution: 'not_finalized',
      resolutionReasonId: configIds.reasonNoAnswer,
    });
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Finalizar ticket' })).not.toBeInTheDocument();
    });
  });

  it('names the custom fields the server requires and highlights them in the side panel', async () => {
    const user = userEvent.setup();
    const { patches } = setup(() => ({
      status: 400,
      body: {
        error: {
          code: 'validation_failed',
          message: 'Required to solve',
          issues: [
            { path: `customFields.${configIds.fieldOrder}`, message: '"Número de pedido" is required' },
          ],
        },
      },
    }));
    const dialog = await chooseSolved(user);
    await user.click(within(dialog).getByRole('button', { name: 'Resolver ticket' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Completa estos campos antes de resolver el ticket:');
    expect(within(alert).getByText('Número de pedido')).toBeInTheDocument();
    expect(patches()[0]?.body).toEqual({ status: 'solved', resolution: 'finalized' });
    expect(screen.getByRole('dialog', { name: 'Finalizar ticket' })).toBeInTheDocument();

    const field = screen.getByRole('textbox', { name: /Número de pedido/ });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Obligatorio para resolver')).toBeInTheDocument();
  });
});
