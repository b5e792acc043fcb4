import { expect, test, type Locator, type Page } from '@playwright/test';
import { signIn } from './demo-login';

interface CreatedTicket {
  id: string;
  number: number;
}

// Wide enough that every status column (new … solved, with the demo's custom statuses) is on screen.
test.use({ viewport: { width: 2900, height: 950 } });

/** A new critical ticket through the API, so it sorts first in its board column (newest critical). */
async function createCriticalTicket(page: Page, subject: string): Promise<CreatedTicket> {
  const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const response = await page.request.post('/api/tickets', {
    headers: { 'x-csrf-token': me.csrfToken },
    data: {
      subject,
      body: 'Ticket creado para la prueba del tablero.',
      priority: 'critical',
      requester: { email: 'tablero@cliente.example', name: 'Cliente Tablero' },
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as CreatedTicket;
}

function column(page: Page, key: string): Locator {
  return page.locator(`[data-testid="board-column"][data-column-key="${key}"]`);
}

function card(scope: Page | Locator, ticket: CreatedTicket): Locator {
  return scope.locator(`[data-testid="board-card"][data-ticket-id="${ticket.id}"]`);
}

/** A real pointer drag (dnd-kit needs a press, a few moves past its threshold, then the release). */
async function dragWithMouse(page: Page, from: Locator, to: Locator): Promise<void> {
  const source = await from.boundingBox();
  const target = await to.boundingBox();
  if (source === null || target === null) throw new Error('card or column not on screen');
  const startX = source.x + source.width / 2;
  const startY = source.y + source.height / 2;
  await page.mouse.move(startX, startY);
  await page.mouse.down();
  await page.mouse.move(startX + 10, startY + 5, { steps: 3 });
  await page.mouse.move(target.x + target.width / 2, target.y + 160, { steps: 20 });
  await page.mouse.up();
}

test('an agent moves tickets on the board with the mouse and the keyboard, and a refused drop goes back', async ({
  page,
}) => {
  await signIn(page);
  const stamp = Date.now();
  const byMouse = await createCriticalTicket(page, `Tablero ratón ${stamp}`);
  const byKeyboard = await createCriticalTicket(page, `Tablero teclado ${stamp}`);
  const refused = await createCriticalTicket(page, `Tablero rechazado ${stamp}`);

  await page.getByRole('link', { name: 'Tablero', exact: true }).click();
  await expect(page).toHaveURL(/\/board$/);
  await expect(column(page, 'new').getByRole('heading', { name: 'Nuevo' })).toBeVisible();
  await expect(column(page, 'open').getByRole('heading', { name: 'Abierto' })).toBeVisible();
  for (const ticket of [byMouse, byKeyboard, refused]) {
    await expect(card(column(page, 'new'), ticket)).toBeVisible();
  }

  // 1. Mouse: "Nuevo" → "Abierto". It lands, and it is still there after a reload (server state).
  await dragWithMouse(page, card(page, byMouse), column(page, 'open'));
  await expect(card(column(page, 'open'), byMouse)).toBeVisible();
  await expect(card(column(page, 'new'), byMouse)).toHaveCount(0);
  await page.reload();
  await expect(card(column(page, 'open'), byMouse)).toBeVisible();
  await expect(card(column(page, 'new'), byMouse)).toHaveCount(0);

  // 2. Keyboard: focus the card, Space picks it up, ArrowRight moves one column, Space drops it.
  //    Escape first cancels a pick-up: the card stays where it was.
  const handle = card(page, byKeyboard).getByRole('button', { name: `Ticket #${byKeyboard.number}:` });
  const announcement = (text: string) => page.getByRole('status').filter({ hasText: text });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await expect(announcement(`El ticket #${byKeyboard.number} está sobre la columna Nuevo.`)).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(announcement(`El ticket #${byKeyboard.number} está sobre la columna Abierto.`)).toBeAttached();
  await page.keyboard.press('Escape');
  await expect(
    announcement(`Movimiento cancelado. El ticket #${byKeyboard.number} sigue en Nuevo.`),
  ).toBeAttached();
  await expect(card(column(page, 'new'), byKeyboard)).toBeVisible();

  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(announcement(`El ticket #${byKeyboard.number} está sobre la columna Abierto.`)).toBeAttached();
  await page.keyboard.press('Space');
  await expect(
    announcement(`Soltaste el ticket #${byKeyboard.number} en la columna Abierto.`),
  ).toBeAttached();
  await expect(card(column(page, 'open'), byKeyboard)).toBeVisible();
  await expect(
    card(column(page, 'open'), byKeyboard).getByRole('button', { name: `Ticket #${byKeyboard.number}:` }),
  ).toBeFocused();
  await page.reload();
  await expect(card(column(page, 'open'), byKeyboard)).toBeVisible();

  // 3. Refused: solving needs "Módulo", which this ticket lacks. The card goes back, with the reason.
  await dragWithMouse(page, card(page, refused), column(page, 'solved'));
  const dialog = page.getByRole('dialog', { name: `Resolver el ticket #${refused.number}` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Resolver' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'No se pudo mover el ticket' })).toContainText(
    'Para resolver, completa: Módulo',
  );
  await expect(card(column(page, 'new'), refused)).toBeVisible();
  await expect(card(column(page, 'solved'), refused)).toHaveCount(0);
  await page.reload();
  await expect(card(column(page, 'new'), refused)).toBeVisible();
});
