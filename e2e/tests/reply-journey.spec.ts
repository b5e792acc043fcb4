import { expect, test } from '@playwright/test';
import { signIn } from './demo-login';

test('an agent signs in, opens a ticket, replies, and sees the reply in the thread', async ({ page }) => {
  await signIn(page);

  const row = page.getByTestId('ticket-row').first();
  const rowText = await row.innerText();
  await row.click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText(/#\d+/);
  const subject = (await heading.innerText()).replace(/^#\d+\s*/, '').trim();
  expect(subject.length).toBeGreaterThan(0);
  expect(rowText).toContain(subject);

  const before = await page.getByTestId('thread-message').count();
  const reply = `Hola, ya revisamos tu caso. Referencia ${Date.now()}`;
  await page.getByLabel('Escribe tu respuesta').fill(reply);
  await page.getByRole('button', { name: 'Enviar' }).click();

  await expect(page.getByTestId('thread-message')).toHaveCount(before + 1);
  await expect(page.getByTestId('thread-message').last()).toContainText(reply);

  // The reply is stored: it is still there after a reload.
  await page.reload();
  await expect(page.getByTestId('thread-message').last()).toContainText(reply);
});

test('a ticket created by someone else appears in the inbox without reloading', async ({ page, request }) => {
  await signIn(page);
  const login = await request.post('/api/auth/login', {
    data: { email: 'carla.rojas@andina.example', password: 'demo-atiende' },
  });
  expect(login.ok()).toBe(true);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const subject = `Consulta en vivo ${Date.now()}`;
  const created = await request.post('/api/tickets', {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      subject,
      body: 'Creado por otra agente',
      requester: { email: 'vivo@cliente.example', name: 'Cliente Vivo' },
    },
  });
  expect(created.status()).toBe(201);
  await expect(page.getByTestId('ticket-row').filter({ hasText: subject })).toBeVisible();
});
