import type { Dashboard } from '@atiende/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '../../test/fetch-stub';
import { renderWithApp } from '../../test/render';
import { DashboardPage } from './DashboardPage';

const dashboard: Dashboard = {
  from: '2026-10-28',
  to: '2026-11-26',
  timezone: 'America/Bogota',
  days: [
    { day: '2026-11-25', created: 12, solved: 9, firstResponses: 11 },
    { day: '2026-11-26', created: 3, solved: 1, firstResponses: 2 },
  ],
  totals: {
    created: 1234,
    solved: 10,
    firstResponses: 13,
    avgFirstResponseSeconds: 2 * 3600 + 5 * 60,
    firstResponseWithin1h: 0.5,
    avgResolutionSeconds: 86_400 + 3_600,
  },
  createdByChannel: [{ channel: 'email', count: 15 }],
  createdByPriority: [{ priority: 'high', count: 15 }],
  backlog: [
    { status: 'open', priority: 'high', count: 4 },
    { status: 'new', priority: 'low', count: 2 },
  ],
  sla: { met: 45, breached: 5, compliance: 0.9, openBreached: 3 },
  satisfaction: {
    csat: { responses: 40, satisfied: 35, score: 0.875 },
    ces: { responses: 12, average: 5.75 },
    nps: { responses: 20, promoters: 12, passives: 4, detractors: 4, score: 40 },
    invitationsSent: 100,
    responseRate: 0.42,
  },
  generatedAt: '2026-11-26T14:00:00.000Z',
};

const nothingMeasured: Dashboard = {
  ...dashboard,
  sla: { met: 0, breached: 0, compliance: null, openBreached: 0 },
  satisfaction: {
    csat: { responses: 0, satisfied: 0, score: null },
    ces: { responses: 0, average: null },
    nps: { responses: 0, promoters: 0, passives: 0, detractors: 0, score: null },
    invitationsSent: 0,
    responseRate: null,
  },
};

describe('DashboardPage', () => {
  it('shows the window totals, times and backlog from the API', async () => {
    stubFetch({ 'GET /api/dashboard': { body: dashboard } });
    renderWithApp(<DashboardPage />, { route: '/dashboard', path: '/dashboard' });
    const stats = await screen.findAllByTestId('dashboard-stat', undefined, { timeout: 15_000 });
    const values = stats.map((s) => s.textContent);
    expect(values[0]).toMatch(/1[.,\s]?234/);
    expect(values).toContain(new Intl.NumberFormat('es', { style: 'percent' }).format(0.5));
    expect(values).toContain('2 h 5 min');
    expect(values).toContain('6'); // backlog 4 + 2
    expect(screen.getByText('Pendientes por estado y prioridad')).toBeInTheDocument();
  });

  it('shows SLA compliance, the overdue link and the satisfaction scores with their answers', async () => {
    stubFetch({ 'GET /api/dashboard': { body: dashboard } });
    renderWithApp(<DashboardPage />, { route: '/dashboard', path: '/dashboard' });
    const sla = await screen.findByTestId('dashboard-sla', undefined, { timeout: 15_000 });
    expect(within(sla).getByTestId('dashboard-sla-value')).toHaveTextContent(/^90\s?%$/);
    expect(sla).toHaveTextContent('Cumplidos: 45 · Incumplidos: 5');
    const overdue = within(sla).getByRole('link', { name: 'Vencidos ahora: 3' });
    expect(overdue).toHaveAttribute('href', '/inbox?sla=breached');

    const csat = screen.getByTestId('dashboard-csat');
    expect(within(csat).getByTestId('dashboard-csat-value')).toHaveTextContent(/^87,5\s?%$/);
    expect(csat).toHaveTextContent('Respuestas: 40');
    expect(within(csat).getByRole('link', { name: 'Ver encuestas' })).toHaveAttribute('href', '/surveys');
    expect(within(screen.getByTestId('dashboard-nps')).getByTestId('dashboard-nps-value')).toHaveTextContent(
      '+40',
    );
    expect(screen.getByTestId('dashboard-nps')).toHaveTextContent('Respuestas: 20');
    expect(within(screen.getByTestId('dashboard-ces')).getByTestId('dashboard-ces-value')).toHaveTextContent(
      '5,8',
    );
    expect(screen.getByTestId('dashboard-ces')).toHaveTextContent('Respuestas: 12');

    await userEvent.click(overdue);
    expect(screen.getByTestId('location')).toHaveTextContent('/inbox?sla=breached');
  });

  it('reads "—" and explains when nothing was measured in the window', async () => {
    stubFetch({ 'GET /api/dashboard': { body: nothingMeasured } });
    renderWithApp(<DashboardPage />, { route: '/dashboard', path: '/dashboard' });
    const sla = await screen.findByTestId('dashboard-sla', undefined, { timeout: 15_000 });
    expect(within(sla).getByTestId('dashboard-sla-value')).toHaveTextContent('—');
    expect(sla).toHaveTextContent('Ningún objetivo de SLA se cerró en el periodo');
    expect(sla).toHaveTextContent('Ningún ticket vencido ahora');
    expect(within(sla).queryByRole('link')).not.toBeInTheDocument();
    for (const id of ['dashboard-csat', 'dashboard-nps', 'dashboard-ces']) {
      expect(within(screen.getByTestId(id)).getByTestId(`${id}-value`)).toHaveTextContent('—');
      expect(screen.getByTestId(id)).toHaveTextContent('Sin respuestas en el periodo');
    }
  });

  it('asks for another window when the period changes', async () => {
    const stub = stubFetch({ 'GET /api/dashboard': { body: dashboard } });
    renderWithApp(<DashboardPage />, { route: '/dashboard', path: '/dashboard' });
    await screen.findAllByTestId('dashboard-stat', undefined, { timeout: 15_000 });
    await userEvent.click(screen.getByText('Últimos 7 días'));
    await waitFor(() => {
      expect(stub.requests.map((r) => r.url.searchParams.get('days'))).toContain('7');
    });
    expect(stub.requests[0]?.url.searchParams.get('days')).toBe('30');
  });
});
