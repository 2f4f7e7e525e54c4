// Foundation journeys against the production build: it loads, it is locked down by CSP, and a failed request can be retried.
import { readFileSync } from 'node:fs';
import { scenarios } from '../src/testing/msw/handlers.ts';
import { expect, test } from './fixtures.ts';

test('the built app loads with a main heading and no console or CSP errors', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the page’s first script starts the dataset worker, and the app uses that one', async ({ page }) => {
  // Notes that the built page's inline script handed a worker over, before any of the app's code ran.
  await page.addInitScript(() => {
    let early: unknown;
    Object.defineProperty(window, '__corroborateWorker', {
      configurable: true,
      get: () => early,
      set: (value: unknown) => {
        early = value;
        (window as unknown as { earlyWorkerSeen: boolean }).earlyWorkerSeen = true;
      },
    });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { earlyWorkerSeen?: boolean }).earlyWorkerSeen)).toBe(true);
  // One dataset worker: the service took the early one rather than starting its own.
  expect(page.workers().map((w) => new URL(w.url()).pathname)).toEqual([expect.stringMatching(/\/assets\/worker-[\w-]+\.js$/)]);
});

test('dist/index.html carries a CSP whose script-src allows no inline or eval code', () => {
  const html = readFileSync(new URL('../dist/index.html', import.meta.url), 'utf8');
  const meta = /<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(html)?.[0];
  expect(meta, 'dist/index.html has no Content-Security-Policy meta tag').toBeDefined();
  const policy = /content=["']([^"']*)["']/i.exec(meta ?? '')?.[1] ?? '';
  const scriptSrc = policy
    .split(';')
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith('script-src '));
  expect(scriptSrc, `the CSP has no script-src directive: ${policy}`).toBeDefined();
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
});

test.describe('when the dataset request fails', () => {
  // The browser logs the failed request itself; that error is the point of the test.
  test.use({ allowedConsoleErrors: [/Failed to load resource: the server responded with a status of 500/] });

  test('the app shows an alert and Retry recovers once the server is back', async ({ page, network }) => {
    network.use(...scenarios.serverError());
    await page.goto('/');
    const alert = page.getByRole('alert');
    // The query retries with back-off before it gives up, so the alert can take a few seconds.
    await expect(alert).toBeVisible({ timeout: 20_000 });
    const retry = alert.getByRole('button', { name: 'Retry' });
    await expect(retry).toBeVisible();

    network.resetHandlers();
    await retry.click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
