import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '../../../test/fetch-stub';
import { ids, makeMessage, makeTicket } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { TicketThread } from '../TicketThread';

const secondId = '0b6c1a4e-8f1d-4a51-9d0c-0000000000f2';
const newId = '0b6c1a4e-8f1d-4a51-9d0c-0000000000e7';

describe('split from the thread', () => {
  it('offers the split on every message but the first, and posts the message with the options', async () => {
    const user = userEvent.setup();
    const stub = stubFetch({
      [`GET /api/tickets/${ids.ticket}/messages`]: {
        body: {
          items: [makeMessage(), makeMessage({ id: secondId, bodyText: 'Otra consulta', bodyHtml: '' })],
        },
      },
      [`POST /api/tickets/${ids.ticket}/split`]: {
        status: 201,
        body: makeTicket({ id: newId, number: 1050 }),
      },
      'GET /api/tickets': { body: { items: [], nextCursor: null } },
      [`GET /api/tickets/${newId}`]: { body: makeTicket({ id: newId, number: 1050 }) },
    });
    renderWithApp(<TicketThread ticket={makeTicket()} canSplit />, { route: `/tickets/${ids.ticket}` });

    const [first, second] = await screen.findAllByTestId('thread-message');
    if (!first || !second) throw new Error('two messages expected');
    expect(within(first).queryByRole('button', { name: 'Acciones del mensaje' })).not.toBeInTheDocument();
    await user.click(within(second).getByRole('button', { name: 'Acciones del mensaje' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Dividir en un ticket nuevo' }));

    const dialog = await screen.findByRole('dialog', { name: 'Dividir en un ticket nuevo' });
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Asunto del ticket nuevo' }),
      'Consulta aparte',
    );
    await user.click(within(dialog).getByRole('checkbox', { name: 'Incluir los mensajes posteriores' }));
    await user.click(within(dialog).getByRole('button', { name: 'Dividir' }));

    await waitFor(() => {
      expect(screen.getByTestId('location')).toHaveTextContent(`/tickets/${newId}`);
    });
    expect(stub.requests.find((r) => r.method === 'POST')?.body).toEqual({
      messageId: secondId,
      subject: 'Consulta aparte',
      withLaterMessages: true,
    });
  });
});
