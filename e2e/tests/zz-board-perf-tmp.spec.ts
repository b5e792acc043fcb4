import { expect, test } from '@playwright/test';
import { signIn } from './demo-login';

test.use({ viewport: { width: 1600, height: 950 } });

test('perf', async ({ page }) => {
  await signIn(page);
  await page.route('**/api/tickets/board*', async (route) => {
    const response = await route.fetch();
    const board = (await response.json()) as { cards: Record<string, unknown>[]; columns: { key: string; count: number }[] };
    const template = board.cards[0]!;
    const cards = Array.from({ length: 2000 }, (_, i) => ({
      ...template,
      id: `0b6c1a4e-8f1d-4a51-9d0c-${String(i).padStart(12, '0')}`,
      number: 10000 + i,
      subject: `Carga ${i} con un asunto bastante largo para ocupar dos líneas en la tarjeta`,
      columnKey: ['new', 'open', 'pending', 'solved'][i % 4],
    }));
    board.cards = cards;
    board.columns = board.columns.map((c) => ({ ...c, count: cards.filter((x) => x.columnKey === c.key).length }));
    await route.fulfill({ response, json: board });
  });
  const t0 = Date.now();
  await page.goto('/board');
  await expect(page.getByTestId('board-card').first()).toBeVisible();
  console.log('render ms', Date.now() - t0, 'cards in DOM', await page.getByTestId('board-card').count());
  const scroller = page.locator('[data-column-key="open"] > div').nth(1);
  const base = await page.evaluate(async () => {
    const times: number[] = []; let last = performance.now();
    for (let i = 0; i < 40; i++) { await new Promise((r) => requestAnimationFrame(() => r(null))); const now = performance.now(); times.push(now - last); last = now; }
    times.sort((a, b) => a - b); return { median: times[20], p90: times[36] };
  });
  console.log('baseline', base);
  const t1 = Date.now();
  const frames = await scroller.evaluate(async (el) => {
    let count = 0; let worst = 0; let last = performance.now();
    const times: number[] = []; for (let y = 0; y < 20000; y += 250) {
      el.scrollTop = y;
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const now = performance.now(); worst = Math.max(worst, now - last); times.push(now - last); last = now; count++;
    }
    times.sort((a, b) => a - b); return { count, worst, median: times[Math.floor(times.length / 2)], p90: times[Math.floor(times.length * 0.9)] };
  });
  console.log('scroll', frames, 'ms', Date.now() - t1, 'cards in DOM', await page.getByTestId('board-card').count());
});
