// The build made with BASE_PATH=/corroborate/ works under that sub-path and fetches its data from it.
import { expect, test } from './fixtures.ts';

test('under /corroborate/ the app loads and requests its data from /corroborate/data/', async ({ page }) => {
  const claims = page.waitForResponse((response) => response.url().includes('/corroborate/data/claims.json') && response.status() === 200);
  await page.goto('./');
  await claims;
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(new URL(page.url()).pathname.startsWith('/corroborate/')).toBe(true);
});

test('under /corroborate/ an embed loads its page and data from the sub-path and links back under it', async ({ page }) => {
  const claims = page.waitForResponse((response) => response.url().includes('/corroborate/data/claims.json') && response.status() === 200);
  await page.goto('./embed/compare/air-raids-palmyra-2016?group=date');
  await claims;
  await expect(page.getByRole('heading', { level: 1, name: /Air raids on Palmyra/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Open the full comparison/ })).toHaveAttribute(
    'href',
    '/corroborate/compare/air-raids-palmyra-2016?group=date',
  );
});
