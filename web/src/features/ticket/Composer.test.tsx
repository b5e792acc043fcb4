import { CSRF_HEADER, type Attachment, type Message } from '@atiende/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch, type RecordedRequest } from '../../test/fetch-stub';
import { ids, makeAgent, makeMessage, makeTeam, makeTicket } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { TicketPage } from './TicketPage';

const attachment: Attachment = {
  id: '0b6c1a4e-8f1d-4a51-9d0c-0000000000aa',
  filename: 'captura.png',
  contentType: 'image/png',
  size: 2048,
  url: '/api/attachments/0b6c1a4e-8f1d-4a51-9d0c-0000000000aa',
};

function setup() {
  const stub = stubFetch({
    [`GET /api/tickets/${ids.ticket}`]: { body: makeTicket() },
    [`GET /api/tickets/${ids.ticket}/messages`]: { body: { items: [makeMessage()] } },
    'GET /api/agents': { body: { items: [makeAgent()] } },
    'GET /api/teams': { body: { items: [makeTeam()] } },
    'GET /api/tickets': { body: { items: [], nextCursor: null } },
    'GET /api/tickets/counts': { status: 599 },
    'POST /api/attachments': { status: 201, body: attachment },
    [`POST /api/tickets/${ids.ticket}/messages`]: (request: RecordedRequest) => {
      const input = request.body as { kind: Message['kind']; bodyText: string; attachmentIds: string[] };
      const created: Message = makeMessage({
        id: '0b6c1a4e-8f1d-4a51-9d0c-0000000000f2',
        kind: input.kind,
        author: { type: 'agent', id: ids.me, name: 'Ana Beltrán' },
        bodyText: input.bodyText,
        bodyHtml: `<p>${input.bodyText}</p>`,
        attachments: input.attachmentIds.includes(attachment.id) ? [attachment] : [],
      });
      return { status: 201, body: created };
    },
  });
  renderWithApp(<TicketPage />, { route: `/tickets/${ids.ticket}`, path: '/tickets/:ticketId' });
  const posts = () =>
    stub.requests.filter((r) => r.method === 'POST' && r.url.pathname.endsWith('/messages'));
  return { ...stub, posts };
}

describe('Composer', () => {
  it('sends an internal note with kind "note" and the text, then shows it in the thread', async () => {
    const user = userEvent.setup();
    const { posts } = setup();
    expect(await screen.findAllByTestId('thread-message')).toHaveLength(1);

    const composer = screen.getByTestId('composer');
    await user.click(within(composer).getByRole('radio', { name: 'Nota interna' }));
    await user.type(
      within(composer).getByRole('textbox', { name: 'Escribe tu respuesta' }),
      'Revisar con finanzas',
    );
    await user.click(within(composer).getByRole('button', { name: 'Enviar' }));

    await waitFor(() => {
      expect(posts()).toHaveLength(1);
    });
    expect(posts()[0]?.body).toEqual({ kind: 'note', bodyText: 'Revisar con finanzas', attachmentIds: [] });
    expect(posts()[0]?.headers.get(CSRF_HEADER)).toBe('csrf-test-token');

    const messages = await screen.findAllByTestId('thread-message');
    expect(messages).toHaveLength(2);
    const note = messages[1];
    if (note === undefined) throw new Error('note missing');
    expect(note).toHaveAttribute('data-kind', 'note');
    expect(within(note).getByText('Nota interna')).toBeInTheDocument();
    expect(within(note).getByText('Revisar con finanzas')).toBeInTheDocument();
    expect(within(composer).getByRole('textbox', { name: 'Escribe tu respuesta' })).toHaveValue('');
  });

  it('sends a public reply with Ctrl+Enter', async () => {
    const user = userEvent.setup();
    const { posts } = setup();
    await screen.findAllByTestId('thread-message');

    const textarea = screen.getByRole('textbox', { name: 'Escribe tu respuesta' });
    await user.type(textarea, 'Ya te envío la factura');
    expect(posts()).toHaveLength(0);
    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() => {
      expect(posts()).toHaveLength(1);
    });
    expect(posts()[0]?.body).toEqual({
      kind: 'reply',
      bodyText: 'Ya te envío la factura',
      attachmentIds: [],
    });
    await waitFor(() => {
      expect(screen.getAllByTestId('thread-message')).toHaveLength(2);
    });
  });

  it('does not send an empty message, with the button or the shortcut', async () => {
    const user = userEvent.setup();
    const { posts } = setup();
    await screen.findAllByTestId('thread-message');

    expect(screen.getByRole('button', { name: 'Enviar' })).toBeDisabled();
    await user.click(screen.getByRole('textbox', { name: 'Escribe tu respuesta' }));
    await user.keyboard('   {Control>}{Enter}{/Control}');
    expect(posts()).toHaveLength(0);
  });

  it('uploads attachments first and sends their ids with the message', async () => {
    const user = userEvent.setup();
    const { posts, requests } = setup();
    await screen.findAllByTestId('thread-message');

    const input = screen.getByTestId('composer').querySelector('input[type="file"]');
    if (!(input instanceof HTMLInputElement)) throw new Error('file input missing');
    await user.upload(input, new File(['png'], 'captura.png', { type: 'image/png' }));

    await waitFor(() => {
      expect(requests.some((r) => r.method === 'POST' && r.url.pathname === '/api/attachments')).toBe(true);
    });
    const upload = requests.find((r) => r.url.pathname === '/api/attachments');
    expect((upload?.body as FormData).get('file')).toBeInstanceOf(File);
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Enviar' })).toBeEnabled();
    });

    await user.click(screen.getByRole('button', { name: 'Enviar' }));
    await waitFor(() => {
      expect(posts()).toHaveLength(1);
    });
    expect(posts()[0]?.body).toEqual({ kind: 'reply', bodyText: '', attachmentIds: [attachment.id] });
    expect(await screen.findByRole('link', { name: 'Descargar captura.png' })).toHaveAttribute(
      'href',
      attachment.url,
    );
  });
});
