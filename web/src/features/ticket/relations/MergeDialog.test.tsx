import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch, type RecordedRequest } from '../../../test/fetch-stub';
import { ids, makeTicket } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { MergeDialog } from './MergeDialog';

const current = makeTicket({ id: ids.ticket, number: 1042, subject: 'No puedo descargar mi factura' });
const other = makeTicket({ id: ids.ticket2, number: 1043, subject: 'Factura de octubre duplicada' });

function setup() {
  const stub = stubFetch({
    'GET /api/tickets': (request: RecordedRequest) => ({
      body: { items: request.url.searchParams.get('q') === '1043' ? [other, current] : [], nextCursor: null },
    }),
    [`POST /api/tickets/${ids.ticket}/merge`]: { body: current },
    [`POST /api/tickets/${ids.ticket2}/merge`]: { body: other },
    'GET /api/tickets/counts': { status: 599 },
    [`GET /api/tickets/${ids.ticket}`]: { body: current },
    [`GET /api/tickets/${ids.ticket2}`]: { body: other },
  });
  renderWithApp(<MergeDialog ticket={current} onClose={() => undefined} />, {
    route: `/tickets/${ids.ticket}`,
  });
  const merges = () => stub.requests.filter((r) => r.method === 'POST');
  return { merges, requests: stub.requests };
}

async function pickOther(user: ReturnType<typeof userEvent.setup>) {
  const dialog = await screen.findByRole('dialog', { name: 'Fusionar con otro ticket' });
  await user.type(within(dialog).getByRole('textbox', { name: 'Ticket' }), '1043');
  await user.click(await screen.findByRole('option', { name: '#1043 Factura de octubre duplicada' }));
  // The ticket being viewed is never offered.
  expect(screen.queryByRole('option', { name: /#1042/ })).not.toBeInTheDocument();
  return dialog;
}

describe('MergeDialog', () => {
  it('merges the other ticket into this one: POST on this ticket with the other as source', async () => {
    const user = userEvent.setup();
    const { merges, requests } = setup();
    const dialog = await pickOther(user);
    expect(requests.some((r) => r.url.searchParams.get('limit') === '10')).toBe(true);

    await user.click(within(dialog).getByRole('radio', { name: 'Fusionar el otro ticket en este (#1042)' }));
    expect(within(dialog).getByTestId('merge-explanation')).toHaveTextContent(
      'Los mensajes y solicitantes de #1043 pasan a #1042. #1043 se cierra con un vínculo a #1042.',
    );
    await user.click(within(dialog).getByRole('checkbox', { name: /Notificar a los clientes/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Fusionar' }));

    await waitFor(() => {
      expect(merges()).toHaveLength(1);
    });
    expect(merges()[0]?.url.pathname).toBe(`/api/tickets/${ids.ticket}/merge`);
    expect(merges()[0]?.body).toEqual({ sourceTicketIds: [ids.ticket2], notifyRequesters: true });
  });

  it('merges this ticket into the other one, then opens the other one', async () => {
    const user = userEvent.setup();
    const { merges } = setup();
    const dialog = await pickOther(user);

    await user.click(within(dialog).getByRole('radio', { name: 'Fusionar este ticket (#1042) en el otro' }));
    expect(within(dialog).getByTestId('merge-explanation')).toHaveTextContent(
      'Los mensajes y solicitantes de #1042 pasan a #1043. #1042 se cierra con un vínculo a #1043.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Fusionar' }));

    await waitFor(() => {
      expect(merges()).toHaveLength(1);
    });
    expect(merges()[0]?.url.pathname).toBe(`/api/tickets/${ids.ticket2}/merge`);
    expect(merges()[0]?.body).toEqual({ sourceTicketIds: [ids.ticket], notifyRequesters: false });
    await waitFor(() => {
      expect(screen.getByTestId('location')).toHaveTextContent(`/tickets/${ids.ticket2}`);
    });
  });

  it('asks for the other ticket before merging', async () => {
    const user = userEvent.setup();
    const { merges } = setup();
    const dialog = await screen.findByRole('dialog', { name: 'Fusionar con otro ticket' });
    await user.click(within(dialog).getByRole('button', { name: 'Fusionar' }));
    expect(await within(dialog).findByText('Elige primero el otro ticket.')).toBeInTheDocument();
    expect(merges()).toHaveLength(0);
  });
});
