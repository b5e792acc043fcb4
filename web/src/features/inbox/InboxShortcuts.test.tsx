import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '../../test/fetch-stub';
import { ids, makeSession, makeTicket } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { makeTicketConfig } from './inbox-fixtures';
import { InboxPage } from './InboxPage';

function setup() {
  stubFetch({
    'GET /api/tickets': {
      body: {
        items: [
          makeTicket(),
          makeTicket({ id: ids.ticket2, number: 1043, subject: 'Error al iniciar sesión' }),
        ],
        nextCursor: null,
      },
    },
    'GET /api/agents': { body: { items: [] } },
    'GET /api/teams': { body: { items: [] } },
    'GET /api/ticket-config': { body: makeTicketConfig() },
    'GET /api/views': { body: { items: [] } },
  });
  const session = makeSession({ abilities: ['tickets.read', 'tickets.write', 'tickets.manage'] });
  renderWithApp(<InboxPage />, { route: '/inbox', path: '/inbox', session });
  return userEvent.setup();
}

describe('inbox keyboard shortcuts', () => {
  it('j/k move the highlighted row, x checks it, o opens it', async () => {
    const user = setup();
    const rows = await screen.findAllByTestId('ticket-row');
    const [first, second] = rows as [HTMLElement, HTMLElement];

    await user.keyboard('j');
    expect(first).toHaveAttribute('data-focused');
    expect(within(first).getByRole('link')).toHaveFocus();
    await user.keyboard('j');
    expect(second).toHaveAttribute('data-focused');
    expect(first).not.toHaveAttribute('data-focused');
    await user.keyboard('x');
    expect(within(second).getByRole('checkbox')).toBeChecked();
    expect(within(first).getByRole('checkbox')).not.toBeChecked();
    await user.keyboard('k');
    expect(first).toHaveAttribute('data-focused');

    await user.keyboard('{Shift>}A{/Shift}');
    expect(within(first).getByRole('checkbox')).toBeChecked();
    expect(within(second).getByRole('checkbox')).toBeChecked();

    await user.keyboard('j');
    await user.keyboard('o');
    await waitFor(() => {
      expect(screen.getByTestId('location')).toHaveTextContent(`/tickets/${ids.ticket2}`);
    });
  }, 40_000);

  it('/ focuses the search box, where j is just a letter; c opens the new-ticket form', async () => {
    const user = setup();
    const rows = await screen.findAllByTestId('ticket-row');
    await user.keyboard('/');
    const search = screen.getByRole('searchbox', { name: 'Buscar tickets' });
    expect(search).toHaveFocus();
    await user.keyboard('j');
    expect(search).toHaveValue('j');
    expect(rows[0]).not.toHaveAttribute('data-focused');

    search.blur();
    await user.keyboard('c');
    expect(await screen.findByRole('dialog', { name: 'Nuevo ticket' })).toBeInTheDocument();
  }, 40_000);
});
