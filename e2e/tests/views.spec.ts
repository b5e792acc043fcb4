import { expect, test } from '@playwright/test';
import { signIn } from './demo-login';

test('save a view, run a bulk action with progress, open the shortcut help', async ({ page }) => {
  await signIn(page);

  // Filters + columns in the URL, saved as a shared view.
  await page.goto('/inbox?priority=high,critical&columns=number,subject,priority,activity,tags');
  await expect(page.getByRole('columnheader', { name: 'Actividad' })).toBeVisible();
  await page.getByRole('button', { name: 'Guardar como vista nueva' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Nombre de la vista').fill('Urgentes e2e');
  await dialog.getByLabel(/Compartir con todo/).click();
  await dialog.getByRole('button', { name: 'Guardar' }).click();
  await expect(page).toHaveURL(/view=/);
  const navLink = page.getByRole('navigation').getByRole('link', { name: /Urgentes e2e/ });
  await expect(navLink).toBeVisible();
  await expect(navLink.getByLabel(/tickets en esta vista/)).toBeVisible();
  // The navigation count is the server's count of the view: the same tickets the list shows.
  const rows = page.getByTestId('ticket-row');
  await expect(rows.first()).toBeVisible();
  await expect(navLink).toContainText(String(await rows.count()));

  // Change the columns: the view becomes "modified" and can be saved.
  await page.getByRole('button', { name: 'Columnas' }).click();
  await page.getByRole('checkbox', { name: 'Equipo' }).click();
  await expect(page.getByRole('checkbox', { name: 'Equipo' })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(page.getByText('Con cambios sin guardar')).toBeVisible();
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByText('Con cambios sin guardar')).toHaveCount(0);

  // Bulk: tag the first two rows.
  await page
    .getByRole('checkbox', { name: /Seleccionar el ticket/ })
    .nth(0)
    .click();
  await page
    .getByRole('checkbox', { name: /Seleccionar el ticket/ })
    .nth(1)
    .click();
  const bar = page.getByRole('region', { name: 'Acciones masivas' });
  await expect(bar.getByText('2 tickets seleccionados')).toBeVisible();
  await bar.getByRole('button', { name: 'Etiquetas' }).click();
  const tags = page.getByRole('dialog', { name: 'Agregar o quitar etiquetas' });
  await tags.getByLabel('Etiquetas para agregar').fill('e2e-bulk');
  await tags.getByLabel('Etiquetas para agregar').press('Enter');
  await tags.getByRole('button', { name: 'Aplicar' }).click();
  const progress = page.getByRole('dialog', { name: 'Acción masiva' });
  await expect(progress.getByText(/Listo: 2 de 2 tickets actualizados, 0 con errores/)).toBeVisible();
  await progress.getByRole('button', { name: 'Cerrar' }).click();

  await page.goto('/inbox?status=all&tags=e2e-bulk&columns=number,subject,tags');
  await expect(page.getByTestId('ticket-row')).toHaveCount(2);

  // Select all matching + merge error path: trash one by bulk to see it leaves the list.
  await page
    .getByRole('checkbox', { name: /Seleccionar el ticket/ })
    .nth(0)
    .click();
  await page.getByRole('button', { name: /Seleccionar todos los que coinciden/ }).click();
  await expect(page.getByText('2 tickets seleccionados')).toBeVisible();

  // Shortcuts: j highlights, ? opens the help.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('j');
  await expect(page.getByTestId('ticket-row').first()).toHaveAttribute('data-focused', 'true');
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Atajos de teclado' });
  await expect(help.getByText('Ir al tablero')).toBeVisible();
  await expect(help.getByText('Siguiente ticket')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.keyboard.press('g');
  await page.keyboard.press('b');
  await expect(page).toHaveURL(/\/board/);

  // The trash is reachable from the inbox.
  await page.goto('/inbox');
  await page.getByRole('link', { name: 'Papelera' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Papelera');
});
