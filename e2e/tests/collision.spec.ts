import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, signIn } from './demo-login';

const CARLA = { email: 'carla.rojas@andina.example', password: 'demo-atiende' };

/** A signed-in agent in a browser context of their own (own cookies, own realtime socket). */
async function agentPage(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, who);
  return page;
}

/** A fresh ticket with only the customer's first message, so nothing else writes on it. */
async function freshTicket(page: Page): Promise<{ id: string }> {
  const session = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const created = await page.request.post('/api/tickets', {
    headers: { 'x-csrf-token': session.csrfToken },
    data: {
      subject: `Pedido incompleto ${Date.now()}`,
      body: 'Me llegaron 3 cajas de las 5 que pedí.',
      requester: { email: 'colision@cliente.example', name: 'Cliente Colisión' },
    },
  });
  expect(created.status()).toBe(201);
  return (await created.json()) as { id: string };
}

test('two agents on one ticket see each other, and a reply that crossed another is warned about', async ({
  browser,
}) => {
  const ana = await agentPage(browser, DEMO);
  const carla = await agentPage(browser, CARLA);
  const ticket = await freshTicket(ana);

  await ana.goto(`/tickets/${ticket.id}`);
  await carla.goto(`/tickets/${ticket.id}`);
  await expect(ana.getByTestId('thread-message')).toHaveCount(1);
  await expect(carla.getByTestId('thread-message')).toHaveCount(1);

  // Each sees the other.
  await expect(ana.getByTestId('presence-indicator')).toContainText(
    'Carla Rojas también está viendo este ticket',
  );
  await expect(carla.getByTestId('presence-indicator')).toContainText(
    'Ana Torres también está viendo este ticket',
  );

  // Ana starts her reply while the thread has only the customer's message.
  const anaReply = `Hola, ya pedimos las 2 cajas que faltan. Ref ${Date.now()}`;
  await ana.getByLabel('Escribe tu respuesta').pressSequentially('Hola, ya pedimos ');

  // Carla types: Ana sees that she is replying. Then Carla sends first.
  const carlaReply = `Te enviamos hoy las cajas faltantes. Ref ${Date.now()}`;
  await carla.getByLabel('Escribe tu respuesta').pressSequentially(carlaReply.slice(0, 20));
  await expect(ana.getByTestId('presence-indicator')).toContainText('Carla Rojas está respondiendo…');
  await carla.getByLabel('Escribe tu respuesta').fill(carlaReply);
  await carla.getByRole('button', { name: 'Enviar', exact: true }).click();
  await expect(carla.getByTestId('thread-message').last()).toContainText(carlaReply);

  // Ana finishes and sends: the server refuses, her draft stays and Carla's reply is shown first.
  await ana.getByLabel('Escribe tu respuesta').fill(anaReply);
  await ana.getByRole('button', { name: 'Enviar', exact: true }).click();
  const warning = ana.getByTestId('reply-conflict');
  await expect(warning).toContainText('Llegó 1 mensaje nuevo mientras escribías');
  await expect(warning.getByTestId('new-message')).toContainText(carlaReply);
  await expect(warning.getByTestId('new-message')).toContainText('Carla Rojas');
  await expect(ana.getByLabel('Escribe tu respuesta')).toHaveValue(anaReply);
  await expect(ana.getByTestId('thread-message').filter({ hasText: carlaReply })).toHaveCount(1);

  // "Send anyway" sends the kept draft.
  await warning.getByRole('button', { name: 'Enviar de todos modos' }).click();
  await expect(warning).toBeHidden();
  await expect(ana.getByTestId('thread-message').last()).toContainText(anaReply);
  await expect(ana.getByLabel('Escribe tu respuesta')).toHaveValue('');
  await expect(carla.getByTestId('thread-message').filter({ hasText: anaReply })).toHaveCount(1);

  // Carla closes the ticket: Ana no longer sees her.
  await carla.context().close();
  await expect(ana.getByTestId('presence-indicator')).not.toContainText('Carla Rojas');
  await ana.context().close();
});
