import { expect, type Page } from '@playwright/test';

/** The demo admin seeded on first start (see server/src/seed/demo-data.ts). */
export const DEMO = { email: 'ana.torres@andina.example', password: 'demo-atiende' };

/** Signs in through the login form, as a person would, and waits for the inbox. */
export async function signIn(page: Page, who: { email: string; password: string } = DEMO): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Correo electrónico').fill(who.email);
  await page.getByLabel('Contraseña').fill(who.password);
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await expect(page.getByTestId('ticket-row').first()).toBeVisible();
}
