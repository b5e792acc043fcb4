import { CSRF_HEADER, type Attachment, type Message } from '@atiende/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch, type RecordedRequest, type StubResponse } from '../../test/fetch-stub';
import { ids, makeMessage } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { Composer } from './Composer';
import { ThreadMessage } from './ThreadMessage';
import { useTicketMessages } from './use-ticket';

const attachment: Attachment = {
  id: '0b6c1a4e-8f1d-4a51-9d0c-0000000000aa',
  filename: 'captura.png',
  contentType: 'image/png',
  size: 2048,
  url: '/api/attachments/0b6c1a4e-8f1d-4a51-9d0c-0000000000aa',
};

/** The cached thread (as the ticket page shows it) above the composer. */
function ThreadAndComposer() {
  const messages = useTicketMessages(ids.ticket);
  return (
    <>
      {messages.data?.map((message) => (
        <ThreadMessage key={message.id} message={message} />
      ))}
      <Composer ticketId={ids.ticket} />
    </>
  );
}

interface SetupOptions {
  /** The thread as the server has it on each GET (the last entry repeats). */
  threads?: Message[][];
  /** Answers to POST messages in order, before the normal 201 (e.g. a 409 `ticket_changed`). */
  refusals?: StubResponse[];
}

function setup({ threads = [[makeMessage()]], refusals = [] }: SetupOptions = {}) {
  let threadReads = 0;
  const pendingRefusals = [...refusals];
  const stub = stubFetch({
    [`GET /api/tickets/${ids.ticket}/messages`]: () => {
      const items = threads[Math.min(threadReads, threads.length - 1)] ?? [];
      threadReads += 1;
      return { body: { items } };
    },
    'POST /api/attachments': { status: 201, body: attachment },
    [`POST /api/tickets/${ids.ticket}/messages`]: (request: RecordedRequest) => {
      const refusal = pendingRefusals.shift();
      if (refusal) return refusal;
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
  renderWithApp(<ThreadAndComposer />);
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
    expect(posts()[0]?.body).toEqual({
      kind: 'note',
      bodyText: 'Revisar con finanzas',
      attachmentIds: [],
      lastSeenMessageId: ids.message,
    });
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
      lastSeenMessageId: ids.message,
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
    expect(posts()[0]?.body).toEqual({
      kind: 'reply',
      bodyText: '',
      attachmentIds: [attachment.id],
      lastSeenMessageId: ids.message,
    });
    expect(await screen.findByRole('link', { name: 'Descargar captura.png' })).toHaveAttribute(
      'href',
      attachment.url,
    );
  });

  describe('when the ticket changed while writing (409 ticket_changed)', () => {
    const fromColleague = makeMessage({
      id: '0b6c1a4e-8f1d-4a51-9d0c-0000000000f3',
      kind: 'reply',
      author: { type: 'agent', id: ids.otherAgent, name: 'Beto Ríos' },
      bodyText: 'Ya le respondí yo con el enlace de la factura.',
      bodyHtml: '<p>Ya le respondí yo con el enlace de la factura.</p>',
      createdAt: '2025-11-20T10:05:00.000Z',
    });
    const changed: StubResponse = {
      status: 409,
      body: {
        error: { code: 'ticket_changed', message: '1 new message arrived since you opened this ticket' },
      },
    };

    async function typeAndSend(text: string) {
      const user = userEvent.setup();
      const result = setup({
        threads: [[makeMessage()], [makeMessage(), fromColleague]],
        refusals: [changed],
      });
      await screen.findAllByTestId('thread-message');
      await user.type(screen.getByRole('textbox', { name: 'Escribe tu respuesta' }), text);
      await user.click(screen.getByRole('button', { name: 'Enviar' }));
      const alert = await screen.findByTestId('reply-conflict');
      return { user, alert, ...result };
    }

    it('keeps the draft, shows the new messages and resends with ignoreNewMessages', async () => {
      const { user, alert, posts } = await typeAndSend('Te adjunto la factura');

      expect(within(alert).getByText('Llegó 1 mensaje nuevo mientras escribías')).toBeInTheDocument();
      expect(within(alert).getByText('Beto Ríos')).toBeInTheDocument();
      expect(within(alert).getByText('Ya le respondí yo con el enlace de la factura.')).toBeInTheDocument();
      expect(alert).toHaveFocus();
      // The thread was refreshed too, and the draft is intact; no generic error is shown.
      expect(screen.getAllByTestId('thread-message')).toHaveLength(2);
      expect(screen.getByRole('textbox', { name: 'Escribe tu respuesta' })).toHaveValue(
        'Te adjunto la factura',
      );
      expect(screen.queryByText(/No se pudo enviar/)).not.toBeInTheDocument();
      expect(posts()[0]?.body).toMatchObject({ lastSeenMessageId: ids.message });

      await user.click(within(alert).getByRole('button', { name: 'Enviar de todos modos' }));
      await waitFor(() => {
        expect(posts()).toHaveLength(2);
      });
      expect(posts()[1]?.body).toEqual({
        kind: 'reply',
        bodyText: 'Te adjunto la factura',
        attachmentIds: [],
        lastSeenMessageId: ids.message,
        ignoreNewMessages: true,
      });
      await waitFor(() => {
        expect(screen.queryByTestId('reply-conflict')).not.toBeInTheDocument();
      });
      expect(screen.getByRole('textbox', { name: 'Escribe tu respuesta' })).toHaveValue('');
    });

    it('after "Revisar" the next send counts the new messages as seen', async () => {
      const { user, alert, posts } = await typeAndSend('Te adjunto la factura');

      await user.click(within(alert).getByRole('button', { name: 'Revisar' }));
      expect(screen.queryByTestId('reply-conflict')).not.toBeInTheDocument();
      expect(screen.getByRole('textbox', { name: 'Escribe tu respuesta' })).toHaveValue(
        'Te adjunto la factura',
      );

      await user.click(screen.getByRole('button', { name: 'Enviar' }));
      await waitFor(() => {
        expect(posts()).toHaveLength(2);
      });
      expect(posts()[1]?.body).toEqual({
        kind: 'reply',
        bodyText: 'Te adjunto la factura',
        attachmentIds: [],
        lastSeenMessageId: fromColleague.id,
      });
    });
  });
});
