import { expect, test, type Page } from '@playwright/test';
import { signIn } from './demo-login';

const POLICY = 'Prueba e2e';

/** Creates a low-priority ticket through the API as the signed-in agent (no agent reply yet). */
async function createLowPriorityTicket(page: Page, subject: string): Promise<string> {
  const me = await page.request.get('/api/auth/me');
  expect(me.ok()).toBe(true);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const created = await page.request.post('/api/tickets', {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      subject,
      body: 'No llega el correo de confirmación.',
      priority: 'low',
      channel: 'web',
      requester: { email: 'sla-e2e@cliente.example', name: 'Cliente SLA' },
    },
  });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

/** Waits until the recompute shown on the settings page has finished. */
async function waitForRecompute(page: Page): Promise<void> {
  await expect(page.getByTestId('sla-recompute')).toHaveAttribute('data-state', 'finished', {
    timeout: 30_000,
  });
}

test('an admin creates an SLA policy, moves it first, and the ticket and the inbox show its clock', async ({
  page,
}) => {
  await signIn(page);
  // Created before the policy exists: the recompute after saving must pick it up.
  const subject = `SLA e2e ${Date.now()}`;
  const ticketId = await createLowPriorityTicket(page, subject);

  await page.goto('/settings/sla');
  await expect(page.getByRole('heading', { level: 1, name: 'SLA y horarios' })).toBeVisible();
  const rows = page.getByTestId('sla-policy-row');
  await expect(rows.first()).toBeVisible();
  const before = await rows.count();

  // Create: low priority only, first response in 1 h, around the clock.
  await page.getByRole('button', { name: 'Nueva política' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nueva política de SLA' });
  await dialog.getByRole('textbox', { name: 'Nombre' }).fill(POLICY);
  await dialog.getByRole('textbox', { name: 'Prioridad', exact: true }).click();
  await page.getByRole('option', { name: 'Baja', exact: true }).click();
  await dialog.getByRole('textbox', { name: 'Nombre' }).click(); // closes the dropdown
  await dialog.getByRole('textbox', { name: 'Primera respuesta, prioridad Baja: horas' }).fill('1');
  await dialog.getByRole('button', { name: 'Guardar' }).click();
  await expect(dialog).toBeHidden();
  await expect(rows).toHaveCount(before + 1);
  await expect(rows.last()).toContainText(POLICY);
  await expect(rows.last()).toContainText('Prioridad: Baja');
  await expect(rows.last()).toContainText('24×7');
  await waitForRecompute(page);

  // Move it first (first match wins) with the up buttons.
  for (let index = before; index > 0; index -= 1) {
    await page.getByRole('button', { name: `Subir la política ${POLICY}` }).click();
    await expect(rows.nth(index - 1)).toContainText(POLICY);
  }
  await expect(page.getByRole('button', { name: `Subir la política ${POLICY}` })).toBeDisabled();
  await waitForRecompute(page);

  // The ticket's panel shows the policy and the running first-response clock.
  await page.goto(`/tickets/${ticketId}`);
  const panel = page.getByRole('region', { name: 'SLA' });
  await expect(panel).toContainText(`Política: ${POLICY}`);
  await expect(panel).toContainText('24×7');
  const firstResponse = panel.locator('[data-testid="sla-clock"][data-metric="first_response"]');
  await expect(firstResponse).toContainText(/Primera respuesta · vence en (\d+ min|1 h 0 min)/);
  await expect(firstResponse).toHaveAttribute('data-tone', 'warning');
  await expect(page.getByRole('img', { name: /^SLA por vencer: quedan/ })).toBeVisible();

  // The inbox's SLA column shows the light with the time left.
  await page.goto(`/inbox?q=${encodeURIComponent(subject)}`);
  const row = page.getByTestId('ticket-row').filter({ hasText: subject });
  await expect(row).toBeVisible();
  await expect(row.getByRole('img', { name: /^SLA por vencer: quedan/ })).toContainText(/\d+ min/);

  // And the SLA filter keeps it when asking for lights due soon.
  await page.goto(`/inbox?q=${encodeURIComponent(subject)}&sla=warning`);
  await expect(page.getByTestId('ticket-row').filter({ hasText: subject })).toBeVisible();

  // Clean up: the demo database is shared by the specs of one run.
  await page.goto('/settings/sla');
  await page.getByRole('button', { name: `Eliminar la política ${POLICY}` }).click();
  const confirm = page.getByRole('dialog', { name: `¿Eliminar la política «${POLICY}»?` });
  await confirm.getByRole('button', { name: 'Eliminar' }).click();
  await expect(confirm).toBeHidden();
  await expect(rows).toHaveCount(before);
});
