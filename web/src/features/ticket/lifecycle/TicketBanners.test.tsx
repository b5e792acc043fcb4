import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '../../../test/fetch-stub';
import { ids, makeSession, makeTicket } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { makeTicketConfig } from '../test/config-fixture';
import { TicketBanners } from './TicketBanners';

const session = makeSession({ abilities: ['tickets.read', 'tickets.write', 'tickets.manage'] });
const followUpId = '0b6c1a4e-8f1d-4a51-9d0c-0000000000e9';

describe('TicketBanners', () => {
  it('says since when a ticket is in the trash and when it will be purged, and restores it', async () => {
    const user = userEvent.setup();
    const trashed = makeTicket({
      status: 'trashed',
      trashedAt: '2025-11-20T15:00:00.000Z',
      trashReason: 'duplicate',
    });
    const stub = stubFetch({
      'GET /api/ticket-config': { body: makeTicketConfig() },
      [`POST /api/tickets/${ids.ticket}/restore`]: { body: makeTicket({ status: 'open' }) },
      'GET /api/tickets': { body: { items: [], nextCursor: null } },
    });
    renderWithApp(<TicketBanners ticket={trashed} />, { session });

    const banner = await screen.findByTestId('trashed-banner');
    await waitFor(() => {
      expect(banner).toHaveTextContent(
        'En la papelera desde el 20 de noviembre de 2025 (Duplicado) — se eliminará definitivamente el 20 de diciembre de 2025.',
      );
    });
    await user.click(within(banner).getByRole('button', { name: 'Restaurar' }));
    await waitFor(() => {
      expect(stub.requests.filter((r) => r.method === 'POST').map((r) => r.url.pathname)).toEqual([
        `/api/tickets/${ids.ticket}/restore`,
      ]);
    });
  });

  it('shows a closed ticket as read-only, the ticket it was merged into, and opens a follow-up', async () => {
    const user = userEvent.setup();
    const closed = makeTicket({ status: 'closed' });
    const stub = stubFetch({
      [`GET /api/tickets/${ids.ticket}/links`]: {
        body: {
          items: [
            {
              id: '0b6c1a4e-8f1d-4a51-9d0c-000000000601',
              kind: 'merged_into',
              direction: 'outgoing',
              ticket: { id: ids.ticket2, number: 1043, subject: 'Factura duplicada', status: 'open' },
              createdAt: '2025-11-20T10:00:00.000Z',
            },
          ],
        },
      },
      [`POST /api/tickets/${ids.ticket}/follow-up`]: {
        status: 201,
        body: makeTicket({ id: followUpId, number: 1050 }),
      },
      'GET /api/tickets': { body: { items: [], nextCursor: null } },
      [`GET /api/tickets/${followUpId}`]: { body: makeTicket({ id: followUpId, number: 1050 }) },
    });
    renderWithApp(<TicketBanners ticket={closed} />, { session });

    const banner = await screen.findByTestId('closed-banner');
    expect(banner).toHaveTextContent('Cerrado — no se puede modificar.');
    expect(await within(banner).findByRole('link', { name: '#1043 Factura duplicada' })).toHaveAttribute(
      'href',
      `/tickets/${ids.ticket2}`,
    );

    await user.click(within(banner).getByRole('button', { name: 'Crear ticket de seguimiento' }));
    const dialog = await screen.findByRole('dialog', { name: 'Crear ticket de seguimiento' });
    await user.type(
      within(dialog).getByRole('textbox', { name: /Mensaje para el cliente/ }),
      'Retomamos tu caso',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Crear seguimiento' }));

    await waitFor(() => {
      expect(screen.getByTestId('location')).toHaveTextContent(`/tickets/${followUpId}`);
    });
    expect(stub.requests.find((r) => r.method === 'POST')?.body).toEqual({ bodyText: 'Retomamos tu caso' });
  });
});
