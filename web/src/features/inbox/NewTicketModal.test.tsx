import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { stubFetch, type StubResponse } from '../../test/fetch-stub';
import { ids, makeTicket } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { NewTicketModal } from './NewTicketModal';

async function fillAndSubmit(response: StubResponse) {
  const user = userEvent.setup();
  const stub = stubFetch({ 'POST /api/tickets': response });
  const onClose = vi.fn();
  renderWithApp(<NewTicketModal opened onClose={onClose} />, { route: '/inbox' });
  await user.type(screen.getByRole('textbox', { name: /Asunto/ }), 'Llamada: cambio de plan');
  await user.type(screen.getByRole('textbox', { name: /Correo del solicitante/ }), 'nuevo@cliente.test');
  await user.type(screen.getByRole('textbox', { name: /Nombre del solicitante/ }), 'Nuevo Cliente');
  await user.type(screen.getByRole('textbox', { name: /Descripción/ }), 'Quiere pasar al plan anual.');
  await user.click(screen.getByRole('button', { name: 'Crear ticket' }));
  return { ...stub, onClose, user };
}

describe('NewTicketModal', () => {
  it('posts the ticket and opens it', async () => {
    const { requests, onClose } = await fillAndSubmit({ status: 201, body: makeTicket({ id: ids.ticket2 }) });
    await waitFor(() => {
      expect(screen.getByTestId('location')).toHaveTextContent(`/tickets/${ids.ticket2}`);
    });
    expect(requests[0]?.body).toEqual({
      subject: 'Llamada: cambio de plan',
      body: 'Quiere pasar al plan anual.',
      requester: { email: 'nuevo@cliente.test', name: 'Nuevo Cliente' },
      priority: 'normal',
      type: null,
      channel: 'phone',
    });
    expect(onClose).toHaveBeenCalled();
  });

  it('shows server validation issues next to the offending field', async () => {
    await fillAndSubmit({
      status: 400,
      body: {
        error: {
          code: 'validation_failed',
          message: 'Invalid input',
          issues: [{ path: 'requester.email', message: 'Dominio bloqueado' }],
        },
      },
    });
    const email = screen.getByRole('textbox', { name: /Correo del solicitante/ });
    await waitFor(() => {
      expect(email).toHaveAccessibleDescription(/Dominio bloqueado/);
    });
    expect(email).toHaveAttribute('aria-invalid', 'true');
  });

  it('checks required fields before calling the server', async () => {
    const user = userEvent.setup();
    const { requests } = stubFetch({});
    renderWithApp(<NewTicketModal opened onClose={vi.fn()} />, { route: '/inbox' });
    await user.click(screen.getByRole('button', { name: 'Crear ticket' }));
    expect(screen.getAllByText('Este campo es obligatorio.')).toHaveLength(3);
    expect(requests).toHaveLength(0);
  });
});
