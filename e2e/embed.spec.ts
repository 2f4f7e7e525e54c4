// The embed: one comparison (or its card) inside another site's page, sized to its content, under the app's CSP.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APP_URL } from '../playwright.config.ts';
import { scenarios } from '../src/testing/msw/handlers.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

const MEASURE = 'air-raids-palmyra-2016';

/** A stand-in for a news site on another origin: it serves whatever HTML the test gives it. */
let host: Server;
let hostUrl = '';
let hostHtml = '';

test.beforeAll(async () => {
  host = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(hostHtml);
  });
  await new Promise<void>((done) => host.listen(0, 'localhost', done));
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
});

test.afterAll(async () => {
  await new Promise((done) => host.close(done));
});

test('the copied embed code shows the comparison on another site, sized to fit and under the CSP', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // Every frame records CSP violations, the embedded one included.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(`/compare/${MEASURE}?group=date`);
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Embed code copied.' })).toBeVisible();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toContain(`src="${APP_URL}embed/compare/${MEASURE}?group=date"`);

  hostHtml = `<!doctype html><html lang="en"><head><title>A news site</title></head><body><h1>Our story</h1>${snippet}<p>After the embed.</p></body></html>`;
  await page.goto(hostUrl);
  const iframe = page.locator('iframe');
  const embed = page.frameLocator('iframe');
  await expect(embed.getByRole('heading', { level: 1, name: /Air raids on Palmyra/ })).toBeVisible();
  await expect(embed.getByText('The Palmyra Revolution Coordination counted more than 2.5 times as many raids a day')).toBeVisible();
  await expect(embed.locator('.chart-frame svg [data-mark]')).toHaveCount(2);
  // ?group=date is honoured: the sources are listed under the dates they were stated.
  await expect(embed.getByRole('heading', { name: 'Sources, by date' })).toBeVisible();
  await expect(embed.getByRole('heading', { level: 3, name: '2016-03-18' })).toBeVisible();
  await expect(embed.getByRole('link', { name: /Open the full comparison in Corroborate/ })).toHaveAttribute(
    'href',
    `/compare/${MEASURE}?group=date`,
  );
  await expect(embed.getByRole('link', { name: /Open the full comparison/ })).toHaveAttribute('target', '_blank');

  // The frame's height follows its content: the snippet's listener sets it from the embed's messages.
  const frame = page.frame({ url: /\/embed\/compare\// });
  if (!frame) throw new Error('the embed frame is not in the page');
  await expect(iframe).not.toHaveAttribute('height', '640');
  await expect
    .poll(async () => {
      const content = await frame.evaluate(() => Math.ceil(document.querySelector('main')?.getBoundingClientRect().height ?? 0));
      return Number(await iframe.getAttribute('height')) - content;
    })
    .toBe(0);
  expect(await frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(1);
  // Narrower, the content is taller: the frame grows with it.
  const wideHeight = Number(await iframe.getAttribute('height'));
  await page.setViewportSize({ width: 360, height: 800 });
  await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBeGreaterThan(wideHeight);

  expect(await frame.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});

test('dist/embed.html carries the same CSP as dist/index.html', () => {
  const csp = (file: string) =>
    /<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*content=["']([^"']*)["']/i.exec(
      readFileSync(new URL(`../dist/${file}`, import.meta.url), 'utf8'),
    )?.[1];
  expect(csp('embed.html')).toBeDefined();
  // The same but for the hash of index.html's own inline script (it starts the data worker; the embed has none).
  expect(csp('embed.html')).toBe(csp('index.html')?.replace(/ &#39;sha256-[A-Za-z0-9+/=]+&#39;/g, ''));
  // The static copy a plain host serves is the same page.
  expect(readFileSync(new URL(`../dist/embed/compare/${MEASURE}/index.html`, import.meta.url), 'utf8')).toBe(
    readFileSync(new URL('../dist/embed.html', import.meta.url), 'utf8'),
  );
});

test('an embed honours the filters in its address', async ({ page }) => {
  await page.goto(`/embed/compare/${MEASURE}?source=palmyra-revolution-coordination`);
  const sources = page.getByRole('region', { name: 'Palmyra Revolution Coordination' });
  await expect(sources).toContainText('“More than 900” raids, reported by NOW, stated 2016-03-22.');
  await expect(page.locator('.chart-frame svg [data-mark]')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Russian Defence Ministry' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Open the full comparison/ })).toHaveAttribute(
    'href',
    `/compare/${MEASURE}?source=palmyra-revolution-coordination`,
  );
});

test('the embedded comparison and card have no header or navigation and pass axe', async ({ page }) => {
  await page.goto(`/embed/compare/${MEASURE}`);
  await expect(page.locator('.chart-frame svg [data-mark]')).toHaveCount(2);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto(`/embed/card/${MEASURE}`);
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Air raids on Palmyra/ }) });
  await expect(card).toContainText('counted more than 2.5 times as many raids a day');
  await expect(card.locator('.chart-frame svg [data-mark]')).toHaveCount(2);
  await expect(card.getByRole('link', { name: /Air raids on Palmyra/ })).toHaveAttribute('target', '_blank');
  await expect(card.getByRole('button', { name: /Copy embed code/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('the landing card copies embed code for its card', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Air raids on Palmyra/ }) });
  await card.getByRole('button', { name: 'Copy embed code for this card' }).click();
  await expect(card.getByRole('status')).toContainText('Embed code copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`src="${APP_URL}embed/card/${MEASURE}"`);
});

test('a press before the embed code has loaded still copies it, once it arrives', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The snippet's code is held back until the button has been pressed: the copy must wait for it, not fail.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/embed-snippet-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Air raids on Palmyra/ }) });
  await card.getByRole('button', { name: 'Copy embed code for this card' }).click();
  release();
  await expect(card.getByRole('status')).toContainText('Embed code copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`src="${APP_URL}embed/card/${MEASURE}"`);
});

test('a workspace embed is refused: workspaces live in one browser', async ({ page }) => {
  await page.goto(`/embed/compare/${MEASURE}?ws=my-workspace`);
  await expect(page.getByRole('heading', { name: 'Workspaces cannot be embedded' })).toBeVisible();
  await expect(page.getByText(/exist only in the browser they were made in/)).toBeVisible();
});

test('a failed load shows what went wrong and Retry recovers', async ({ page, network }) => {
  network.use(...scenarios.malformed());
  await page.goto(`/embed/card/${MEASURE}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not load the comparison');
  await expect(alert).toContainText('claims.json is not valid JSON');
  network.resetHandlers();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { name: /Air raids on Palmyra/ })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
