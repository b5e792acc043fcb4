import type { TicketSla } from '@atiende/contracts';
import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubFetch } from '../../test/fetch-stub';
import { ids, makeSlaClock, SLA_NOW, slaAt } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { TicketSlaPanel } from './TicketSlaPanel';

const NOW = SLA_NOW;
const at = slaAt;
const clock = makeSlaClock;

function renderPanel(sla: TicketSla) {
  const stub = stubFetch({ [`GET /api/tickets/${ids.ticket}/sla`]: { body: sla } });
  renderWithApp(<TicketSlaPanel ticketId={ids.ticket} />);
  return stub;
}

const rowOf = (metric: string) =>
  screen.getAllByTestId('sla-clock').find((row) => row.getAttribute('data-metric') === metric);

describe('TicketSlaPanel', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the policy, the calendar and one row per clock with its state in words', async () => {
    renderPanel({
      policy: { id: ids.team, name: 'Soporte estándar' },
      calendar: { id: ids.company, name: 'Oficina', timeZone: 'America/Bogota' },
      clocks: [
        clock({}),
        clock({ metric: 'next_response', state: 'breached', dueAt: at(-125), breachedAt: at(-125) }),
        clock({ metric: 'resolution', state: 'paused', dueAt: null, remainingSeconds: 3 * 3600 }),
      ],
    });
    const panel = await screen.findByRole('region', { name: 'SLA' });
    expect(await within(panel).findByText('Política: Soporte estándar')).toBeInTheDocument();
    expect(panel).toHaveTextContent('Horario: Oficina (America/Bogota)');
    expect(rowOf('first_response')).toHaveTextContent('Primera respuesta · vence en 1 h 20 min');
    expect(rowOf('first_response')).toHaveAttribute('data-tone', 'ok');
    expect(rowOf('next_response')).toHaveTextContent('Siguiente respuesta · incumplido hace 2 h 5 min');
    expect(rowOf('resolution')).toHaveTextContent('Resolución · en pausa — quedan 3 h 0 min');
    expect(rowOf('resolution')).toHaveAttribute('data-tone', 'paused');
  });

  it('counts down every 30 s on the client and turns a passed due time into a breach', async () => {
    const { requests } = renderPanel({
      policy: { id: ids.team, name: 'Soporte' },
      calendar: null,
      clocks: [clock({ dueAt: at(1) }), clock({ metric: 'resolution', state: 'met', stoppedAt: at(-5) })],
    });
    expect(await screen.findByText('vence en 1 min')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'SLA' })).toHaveTextContent('24×7');
    expect(rowOf('first_response')).toHaveAttribute('data-tone', 'warning');
    expect(rowOf('resolution')).toHaveTextContent('Resolución · cumplido');
    act(() => {
      vi.advanceTimersByTime(90_000);
    });
    expect(rowOf('first_response')).toHaveTextContent('incumplido hace < 1 min');
    expect(rowOf('first_response')).toHaveAttribute('data-tone', 'breached');
    expect(requests).toHaveLength(1);
  });

  it('says when no policy applies', async () => {
    renderPanel({ policy: null, calendar: null, clocks: [] });
    expect(await screen.findByText('Ninguna política de SLA se aplica a este ticket.')).toBeInTheDocument();
  });
});
