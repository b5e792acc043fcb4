import { expect, test, type APIRequestContext } from '@playwright/test';
import { signIn } from './demo-login';

interface TicketSummary {
  id: string;
  number: number;
  subject: string;
  status: string;
}

/** Two demo tickets still being worked on, read through the API with the signed-in session. */
async function twoOpenTickets(request: APIRequestContext): Promise<[TicketSummary, TicketSummary]> {
  const response = await request.get('/api/tickets?status=new,open,pending&limit=20&sort=created_asc');
  expect(response.ok()).toBe(true);
  const { items } = (await response.json()) as { items: TicketSummary[] };
  const [target, source] = items;
  if (!target || !source) throw new Error('the demo workspace needs two open tickets');
  return [target, source];
}

test('an agent merges another ticket into the open one from the ticket view', async ({ page }) => {
  await signIn(page);
  const [target, source] = await twoOpenTickets(page.request);

  // A note on the source with a unique text, to find it in the target's thread after the merge.
  const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const marker = `Nota antes de fusionar ${Date.now()}`;
  const note = await page.request.post(`/api/tickets/${source.id}/messages`, {
    headers: { 'x-csrf-token': me.csrfToken },
    data: { kind: 'note', bodyText: marker },
  });
  expect(note.status()).toBe(201);

  await page.goto(`/tickets/${target.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`#${target.number}`);
  const before = await page.getByTestId('thread-message').count();
  expect(before).toBeGreaterThan(0);
  await expect(page.getByTestId('thread-message').filter({ hasText: marker })).toHaveCount(0);

  await page.getByRole('button', { name: 'Acciones del ticket' }).click();
  await page.getByRole('menuitem', { name: 'Fusionar con otro ticket…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Fusionar con otro ticket' });
  await dialog.getByRole('textbox', { name: 'Ticket' }).fill(String(source.number));
  await page.getByRole('option', { name: `#${source.number} ${source.subject}` }).click();
  await dialog.getByRole('radio', { name: `Fusionar el otro ticket en este (#${target.number})` }).check();
  await expect(dialog.getByTestId('merge-explanation')).toContainText(
    `#${source.number} se cierra con un vínculo a #${target.number}`,
  );
  await dialog.getByRole('button', { name: 'Fusionar' }).click();
  await expect(dialog).toBeHidden();

  // The source's messages (and the note) now read in the target's thread.
  await expect(page.getByTestId('thread-message').filter({ hasText: marker })).toHaveCount(1);
  expect(await page.getByTestId('thread-message').count()).toBeGreaterThan(before + 1);
  const mergedHere = page.getByRole('group', { name: 'Fusionados aquí' });
  await expect(mergedHere.getByRole('link', { name: `#${source.number} ${source.subject}` })).toBeVisible();

  // The source is closed, cannot be changed, and points to the target.
  await page.goto(`/tickets/${source.id}`);
  await expect(page.getByTestId('closed-banner')).toContainText('Cerrado — no se puede modificar.');
  await expect(page.getByTestId('closed-banner')).toContainText('Este ticket se fusionó en');
  const mergedInto = page.getByRole('group', { name: 'Fusionado en' });
  const link = mergedInto.getByRole('link', { name: `#${target.number} ${target.subject}` });
  await expect(link).toBeVisible();
  await expect(page.getByLabel('Escribe tu respuesta')).toHaveCount(0);
  await expect(page.getByTestId('thread-message').filter({ hasText: marker })).toHaveCount(0);

  await link.click();
  await expect(page).toHaveURL(new RegExp(`/tickets/${target.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`#${target.number}`);
});
