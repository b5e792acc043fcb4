import type { ClientSocketMessage, Presence } from '@atiende/contracts';
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PresenceContext } from '../../../lib/realtime/presence-context';
import { PresenceStore } from '../../../lib/realtime/presence-store';
import { ids } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { PresenceIndicator } from './PresenceIndicator';

const beto = { id: ids.otherAgent, name: 'Beto Ríos' };
const carla = { id: '0b6c1a4e-8f1d-4a51-9d0c-0000000000a3', name: 'Carla Gómez' };
const me = { id: ids.me, name: 'Ana Beltrán' };

function presence(agent: Presence['agent'], state: Presence['state']): Presence {
  return { ticketId: ids.ticket, agent, state, at: new Date().toISOString() };
}

function setup() {
  const store = new PresenceStore();
  const sent: ClientSocketMessage[] = [];
  store.connect((message) => {
    sent.push(message);
    return true;
  });
  const view = renderWithApp(
    <PresenceContext.Provider value={store}>
      <PresenceIndicator ticketId={ids.ticket} />
    </PresenceContext.Provider>,
  );
  const receive = (p: Presence) => {
    act(() => {
      store.receive(p);
    });
  };
  return { store, sent, receive, ...view };
}

describe('PresenceIndicator', () => {
  it('announces the agent on the ticket while mounted', () => {
    const { sent, unmount } = setup();
    expect(sent).toEqual([{ type: 'presence', ticketId: ids.ticket, state: 'viewing' }]);
    unmount();
    expect(sent.at(-1)).toEqual({ type: 'presence', ticketId: ids.ticket, state: 'left' });
  });

  it('shows who else is viewing or replying, politely announced, never the agent themself', () => {
    const { receive } = setup();
    const status = within(screen.getByTestId('presence-indicator')).getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status.textContent).toBe('');

    receive(presence(me, 'typing'));
    expect(status.textContent).toBe('');

    receive(presence(beto, 'viewing'));
    expect(status).toHaveTextContent('Beto Ríos también está viendo este ticket');

    receive(presence(carla, 'viewing'));
    expect(status).toHaveTextContent('Beto Ríos y Carla Gómez también están viendo este ticket');

    receive(presence(beto, 'typing'));
    expect(status).toHaveTextContent('Beto Ríos está respondiendo…');
    expect(status).toHaveTextContent('Carla Gómez también está viendo este ticket');
    expect(screen.getByTestId('presence-indicator').querySelectorAll('[data-state]')).toHaveLength(2);

    receive(presence(beto, 'left'));
    receive(presence(carla, 'left'));
    expect(status.textContent).toBe('');
  });
});
