import type { SurveyResponse, SurveySummary } from '@atiende/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ids, makeAgent, makeSession, makeTeam } from '../../test/fixtures';
import { stubFetch, type RecordedRequest } from '../../test/fetch-stub';
import { renderWithApp } from '../../test/render';
import { SurveysPage } from './SurveysPage';

const summary: SurveySummary = {
  csat: { responses: 40, satisfied: 35, score: 0.875 },
  ces: { responses: 12, average: 5.75 },
  nps: { responses: 20, promoters: 12, passives: 4, detractors: 4, score: 40 },
  invitationsSent: 12_000,
  responseRate: 0.42,
};

function makeResponse(n: number, overrides: Partial<SurveyResponse> = {}): SurveyResponse {
  return {
    id: `0b6c1a4e-8f1d-4a51-9d0c-${String(n).padStart(12, '0')}`,
    kind: 'csat',
    score: 5,
    comment: `Comentario ${String(n)}`,
    ticket: { id: ids.ticket, number: 1000 + n, subject: `Asunto ${String(n)}` },
    contact: { id: ids.contact, name: 'Carlos Pérez' },
    agent: { id: ids.me, name: 'Ana Beltrán' },
    team: null,
    respondedAt: new Date(Date.now() - n * 60_000).toISOString(),
    ...overrides,
  };
}

/** Stubs the report's endpoints; `responses` answers by cursor. */
function stubReport(pages: Record<string, { items: SurveyResponse[]; nextCursor: string | null }>) {
  return stubFetch({
    'GET /api/surveys/summary': { body: summary },
    'GET /api/surveys/responses': (request: RecordedRequest) => ({
      body: pages[request.url.searchParams.get('cursor') ?? ''] ?? { items: [], nextCursor: null },
    }),
    'GET /api/agents': {
      body: { items: [makeAgent(), makeAgent({ id: ids.otherAgent, name: 'Bruno Díaz' })] },
    },
    'GET /api/teams': { body: { items: [makeTeam()] } },
    'GET /api/surveys/settings': {
      body: {
        csatEnabled: true,
        cesEnabled: false,
        npsEnabled: true,
        npsEveryDays: 90,
        sendDelayMinutes: 60,
        expiresAfterDays: 14,
      },
    },
  });
}

const requestsTo = (requests: RecordedRequest[], path: string) =>
  requests.filter((r) => r.url.pathname === path).map((r) => r.url.searchParams);

describe('SurveysPage', () => {
  it('shows CSAT, NPS with its split, CES and the response rate in Spanish formats', async () => {
    stubReport({ '': { items: [makeResponse(1)], nextCursor: null } });
    renderWithApp(<SurveysPage />, { route: '/surveys', path: '/surveys' });

    const csat = await screen.findByTestId('summary-csat', undefined, { timeout: 15_000 });
    expect(within(csat).getByTestId('summary-csat-value')).toHaveTextContent(/^87,5\s?%$/);
    expect(csat).toHaveTextContent('Satisfechos: 35 de 40');
    const nps = screen.getByTestId('summary-nps');
    expect(within(nps).getByTestId('summary-nps-value')).toHaveTextContent('+40');
    expect(nps).toHaveTextContent('Promotores: 12');
    expect(nps).toHaveTextContent('Pasivos: 4');
    expect(nps).toHaveTextContent('Detractores: 4');
    expect(within(nps).getByRole('progressbar', { name: 'Promotores: 12' })).toHaveAttribute(
      'aria-valuenow',
      '60',
    );
    expect(within(nps).getByRole('progressbar', { name: 'Pasivos: 4' })).toHaveAttribute(
      'aria-valuenow',
      '20',
    );
    expect(within(nps).getByRole('progressbar', { name: 'Detractores: 4' })).toHaveAttribute(
      'aria-valuenow',
      '20',
    );
    expect(within(screen.getByTestId('summary-ces')).getByTestId('summary-ces-value')).toHaveTextContent(
      '5,8',
    );
    expect(screen.getByTestId('summary-ces')).toHaveTextContent('Respuestas: 12');
    expect(within(screen.getByTestId('summary-rate')).getByTestId('summary-rate-value')).toHaveTextContent(
      /^42\s?%$/,
    );
    expect(screen.getByTestId('summary-rate')).toHaveTextContent('Encuestas enviadas: 12.000');
  });

  it('lists answers with a labelled score, comment, people and a ticket link, and loads more', async () => {
    const user = userEvent.setup();
    const first = Array.from({ length: 2 }, (_, i) => makeResponse(i + 1));
    const { requests } = stubReport({
      '': { items: first, nextCursor: 'page-2' },
      'page-2': {
        items: [makeResponse(3, { kind: 'nps', score: 3, comment: null, agent: null })],
        nextCursor: null,
      },
    });
    renderWithApp(<SurveysPage />, { route: '/surveys', path: '/surveys' });

    const list = await screen.findByRole('list', { name: 'Respuestas de encuestas' }, { timeout: 15_000 });
    expect(within(list).getAllByTestId('survey-response')).toHaveLength(2);
    const item = within(list).getAllByTestId('survey-response')[0];
    if (item === undefined) throw new Error('no first answer');
    expect(within(item).getByLabelText('CSAT: 5 de 5, Satisfecho')).toHaveTextContent('5/5 · Satisfecho');
    expect(item).toHaveTextContent('Comentario 1');
    expect(item).toHaveTextContent('Cliente: Carlos Pérez');
    expect(item).toHaveTextContent('Agente: Ana Beltrán');
    expect(within(item).getByRole('link', { name: /#1001 · Asunto 1/ })).toHaveAttribute(
      'href',
      `/tickets/${ids.ticket}`,
    );

    await user.click(screen.getByRole('button', { name: 'Cargar más' }));
    await waitFor(() => {
      expect(within(list).getAllByTestId('survey-response')).toHaveLength(3);
    });
    const calls = requestsTo(requests, '/api/surveys/responses');
    expect(calls.map((q) => q.get('cursor'))).toEqual([null, 'page-2']);
    const last = within(list).getAllByTestId('survey-response')[2];
    if (last === undefined) throw new Error('no third answer');
    expect(within(last).getByLabelText('NPS: 3 de 10, Detractor')).toHaveAttribute('data-tone', 'negative');
    expect(last).toHaveTextContent('Sin comentario');
    expect(last).toHaveTextContent('Agente: Sin asignar');
    expect(screen.queryByRole('button', { name: 'Cargar más' })).not.toBeInTheDocument();
  });

  it('filters by kind and "only negative" with the kind\'s cut, and by period', async () => {
    const user = userEvent.setup();
    const { requests } = stubReport({ '': { items: [makeResponse(1)], nextCursor: null } });
    renderWithApp(<SurveysPage />, { route: '/surveys', path: '/surveys' });
    await screen.findAllByTestId('survey-response', undefined, { timeout: 15_000 });

    const unhappy = screen.getByRole('switch', { name: /Solo respuestas negativas/ });
    expect(unhappy).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: 'NPS' }));
    expect(unhappy).toBeEnabled();
    await user.click(unhappy);
    await waitFor(() => {
      expect(requestsTo(requests, '/api/surveys/responses').at(-1)?.get('maxScore')).toBe('6');
    });
    const lastResponses = requestsTo(requests, '/api/surveys/responses').at(-1);
    expect(lastResponses?.get('kind')).toBe('nps');
    expect(screen.getByTestId('location')).toHaveTextContent('/surveys?kind=nps&unhappy=1');

    const thirtyDays = requestsTo(requests, '/api/surveys/summary')[0]?.get('from');
    await user.click(screen.getByRole('radio', { name: 'Últimos 7 días' }));
    await waitFor(() => {
      expect(requestsTo(requests, '/api/surveys/summary').length).toBeGreaterThan(1);
    });
    const sevenDays = requestsTo(requests, '/api/surveys/summary').at(-1)?.get('from');
    expect(thirtyDays).toBeTruthy();
    expect(Date.parse(sevenDays ?? '') - Date.parse(thirtyDays ?? '')).toBeCloseTo(23 * 86_400_000, -8);
  });

  it('sends my id for the "me" agent filter and the team id, to summary and answers alike', async () => {
    const { requests } = stubReport({ '': { items: [], nextCursor: null } });
    renderWithApp(<SurveysPage />, { route: `/surveys?agent=me&team=${ids.team}`, path: '/surveys' });
    expect(
      await screen.findByText('Ninguna respuesta coincide con los filtros', undefined, { timeout: 15_000 }),
    ).toBeInTheDocument();
    for (const path of ['/api/surveys/summary', '/api/surveys/responses']) {
      const query = requestsTo(requests, path)[0];
      expect(query?.get('agentId')).toBe(ids.me);
      expect(query?.get('teamId')).toBe(ids.team);
    }
  });

  it('explains how surveys work when there are no answers yet', async () => {
    stubReport({ '': { items: [], nextCursor: null } });
    renderWithApp(<SurveysPage />, { route: '/surveys', path: '/surveys' });
    expect(
      await screen.findByText('Aún no hay respuestas', undefined, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Se envía una encuesta al cliente cuando un ticket se resuelve como finalizado/),
    ).toBeInTheDocument();
  });

  it('shows the settings tab only to agents who may manage surveys', async () => {
    const user = userEvent.setup();
    stubReport({ '': { items: [], nextCursor: null } });
    const { unmount } = renderWithApp(<SurveysPage />, { route: '/surveys?tab=settings', path: '/surveys' });
    await screen.findByTestId('summary-csat', undefined, { timeout: 15_000 });
    expect(screen.queryByRole('tab', { name: 'Configuración' })).not.toBeInTheDocument();
    expect(screen.queryByRole('switch', { name: /Satisfacción \(CSAT\)/ })).not.toBeInTheDocument();
    unmount();

    const admin = makeSession({ abilities: ['tickets.read', 'surveys.manage'] });
    renderWithApp(<SurveysPage />, { route: '/surveys', path: '/surveys', session: admin });
    await user.click(await screen.findByRole('tab', { name: 'Configuración' }));
    expect(await screen.findByRole('switch', { name: /Satisfacción \(CSAT\)/ })).toBeChecked();
    expect(screen.getByTestId('location')).toHaveTextContent('/surveys?tab=settings');
  });
});
