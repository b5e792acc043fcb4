import type { TicketSurvey } from '@atiende/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../lib/i18n/dates';
import { ids } from '../../test/fixtures';
import { stubFetch } from '../../test/fetch-stub';
import { renderWithApp } from '../../test/render';
import { TicketSurveyPanel } from './TicketSurveyPanel';

const url = `GET /api/tickets/${ids.ticket}/survey`;
const DAY = 86_400_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

function renderPanel(survey: TicketSurvey) {
  stubFetch({ [url]: { body: survey } });
  return renderWithApp(<TicketSurveyPanel ticketId={ids.ticket} />);
}

describe('TicketSurveyPanel', () => {
  it('is a single muted line when no survey was planned', async () => {
    renderPanel({ invitation: null, responses: [] });
    expect(await screen.findByTestId('ticket-survey-none')).toHaveTextContent('Sin encuesta de satisfacción');
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
  });

  it('says when a survey is scheduled and what it will ask', async () => {
    const scheduledFor = iso(DAY / 24);
    renderPanel({
      invitation: {
        kinds: ['csat', 'nps'],
        scheduledFor,
        sentAt: null,
        expiresAt: iso(8 * DAY),
        respondedAt: null,
      },
      responses: [],
    });
    expect(await screen.findByRole('heading', { name: 'Encuesta de satisfacción' })).toBeInTheDocument();
    expect(screen.getByTestId('ticket-survey-state')).toHaveTextContent(
      `Programada para el ${formatDateTime(scheduledFor, 'es')}`,
    );
    expect(screen.getByText('Preguntas: CSAT, NPS')).toBeInTheDocument();
  });

  it('says when it was sent and until when the link works, or that it expired', async () => {
    const sentAt = iso(-2 * DAY);
    const expiresAt = iso(5 * DAY);
    const { unmount } = renderPanel({
      invitation: { kinds: ['csat'], scheduledFor: sentAt, sentAt, expiresAt, respondedAt: null },
      responses: [],
    });
    expect(await screen.findByTestId('ticket-survey-state')).toHaveTextContent(
      `Enviada el ${formatDateTime(sentAt, 'es')} · El enlace vence el ${formatDateTime(expiresAt, 'es')}`,
    );
    unmount();

    const expiredAt = iso(-DAY);
    renderPanel({
      invitation: { kinds: ['csat'], scheduledFor: sentAt, sentAt, expiresAt: expiredAt, respondedAt: null },
      responses: [],
    });
    expect(await screen.findByTestId('ticket-survey-state')).toHaveTextContent(
      `Sin respuesta: el enlace venció el ${formatDateTime(expiredAt, 'es')}`,
    );
  });

  it('shows each answer with its labelled score and comment', async () => {
    const respondedAt = iso(-DAY);
    renderPanel({
      invitation: {
        kinds: ['csat', 'nps'],
        scheduledFor: iso(-3 * DAY),
        sentAt: iso(-3 * DAY),
        expiresAt: iso(4 * DAY),
        respondedAt,
      },
      responses: [
        { kind: 'csat', score: 2, comment: 'Tardaron mucho en responder', respondedAt },
        { kind: 'nps', score: 9, comment: null, respondedAt },
      ],
    });
    expect(await screen.findByTestId('ticket-survey-state')).toHaveTextContent(
      `Respondida el ${formatDateTime(respondedAt, 'es')}`,
    );
    const csat = screen.getByLabelText('CSAT: 2 de 5, Insatisfecho');
    expect(csat).toHaveTextContent('2/5 · Insatisfecho');
    expect(csat).toHaveAttribute('data-tone', 'negative');
    expect(screen.getByLabelText('NPS: 9 de 10, Promotor')).toHaveAttribute('data-tone', 'positive');
    expect(screen.getByText('Tardaron mucho en responder')).toBeInTheDocument();
    expect(screen.queryByText(/Preguntas:/)).not.toBeInTheDocument();
  });
});
