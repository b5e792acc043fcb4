import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ids, makeMessage } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { ThreadMessage } from './ThreadMessage';

describe('ThreadMessage', () => {
  it('marks internal notes and renders the sanitized HTML body', () => {
    renderWithApp(
      <ThreadMessage
        message={makeMessage({
          kind: 'note',
          author: { type: 'agent', id: ids.me, name: 'Ana Beltrán' },
          bodyHtml: '<p>Revisar <strong>factura</strong></p>',
        })}
      />,
    );
    const message = screen.getByTestId('thread-message');
    expect(message).toHaveAttribute('data-kind', 'note');
    expect(within(message).getByText('Nota interna')).toBeInTheDocument();
    expect(within(message).getByText('factura').tagName).toBe('STRONG');
  });

  it('labels customer messages and links attachments for download', () => {
    renderWithApp(
      <ThreadMessage
        message={makeMessage({
          attachments: [
            {
              id: ids.message,
              filename: 'factura.pdf',
              contentType: 'application/pdf',
              size: 1536,
              url: '/api/attachments/x',
            },
          ],
        })}
      />,
    );
    expect(screen.getByText('Mensaje del cliente')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Descargar factura.pdf' })).toHaveAttribute(
      'href',
      '/api/attachments/x',
    );
  });

  it('warns when an email reply could not be delivered', () => {
    renderWithApp(
      <ThreadMessage
        message={makeMessage({
          author: { type: 'agent', id: ids.me, name: 'Ana Beltrán' },
          email: {
            direction: 'outbound',
            messageId: '<a@b>',
            from: 'soporte@acme.test',
            to: ['carlos@cliente.test'],
            cc: [],
            visibleText: null,
            quotedText: null,
            blockedRemoteImages: 0,
            delivery: { status: 'failed', error: 'Mailbox full', attempts: 3, sentAt: null },
          },
        })}
      />,
    );
    expect(within(screen.getByTestId('thread-message')).getByRole('status')).toHaveTextContent(
      'No se pudo entregar: Mailbox full',
    );
  });
});
