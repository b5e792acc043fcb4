import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { stubFetch, type StubResponse } from '../../test/fetch-stub';
import { ids, makeTicket } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { makeTicketConfig } from './inbox-fixtures';
import { NewTicketModal } from './NewTicketModal';

const config = { 'GET /api/ticket-config': { body: makeTicketConfig() } };

async function fillAndSubmit(response: StubResponse, pickType = false) {
  const user = userEvent.setup();
  const stub = stubFetch({ ...config, 'POST /api/tickets': response });
  const onClose = vi.fn();
  renderWithApp(<NewTicketModal opened onClose={onClose} />, { route: '/inbox' });
  const fill = async (name: RegExp, text: string) => {
    await user.click(screen.getByRole('textbox', { name }));
    await user.paste(text);
  };
  await fill(/Asunto/, 'Llamada: cambio de plan');
  await fill(/Correo del solicitante/, 'nuevo@cliente.test');
  await fill(/Nombre del solicitante/, 'Nuevo Cliente');
  await fill(/Descripción/, 'Quiere pasar al plan anual.');
  if (pickType) {
    await user.click(screen.getByRole('textbox', { name: 'Tipo' }));
    expect(await screen.findByRole('option', { name: 'Facturación' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Antiguo' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: 'Garantía' }));
  }
  await user.click(screen.getByRole('button', { name: 'Crear ticket' }));
  const posts = () => stub.requests.filter((r) => r.method === 'POST');
  return { ...stub, posts, onClose, user };
}

describe('NewTicketModal', () => {
  it('posts the ticket and opens it', async () => {
    const { posts, onClose } = await fillAndSubmit({ status: 201, body: makeTicket({ id: ids.ticket2 }) });
    await waitFor(() => {
      expect(screen.getByTestId('location')).toHaveTextContent(`/tickets/${ids.ticket2}`);
    });
    expect(posts()[0]?.body).toEqual({
      subject: 'Llamada: cambio de plan',
      body: 'Quiere pasar al plan anual.',
      requester: { email: 'nuevo@cliente.test', name: 'Nuevo Cliente' },
      priority: 'normal',
      type: null,
      channel: 'phone',
    });
    expect(onClose).toHaveBeenCalled();
  });

  it("offers the workspace's active types (not archived ones) and sends the picked key", async () => {
    const { posts } = await fillAndSubmit({ status: 201, body: makeTicket({ id: ids.ticket2 }) }, true);
    await waitFor(() => {
      expect(posts()).toHaveLength(1);
    });
    expect(posts()[0]?.body).toMatchObject({ type: 'warranty' });
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
    const { requests } = stubFetch(config);
    renderWithApp(<NewTicketModal opened onClose={vi.fn()} />, { route: '/inbox' });
    await user.click(screen.getByRole('button', { name: 'Crear ticket' }));
    expect(screen.getAllByText('Este campo es obligatorio.')).toHaveLength(3);
    expect(requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
  });
});
