import type { Dashboard } from '@atiende/contracts';
import { screen, waitFor } from '@testing-library/react';
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
  generatedAt: '2026-11-26T14:00:00.000Z',
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
