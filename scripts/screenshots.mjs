/* global document -- used inside page.evaluate, which runs in the browser */
// Screenshots of every view at phone, laptop and projector widths and as printed, from the production build: `npm run screenshots`.
// WORKSPACE=published|empty first creates a workspace in the workbench (each page has its own storage) and puts its id
// wherever a route says {ws}: WORKSPACE=published ROUTES='/workbench/articles/new?ws={ws}' npm run screenshots.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

// SCREENSHOTS_PORT lets two checkouts take screenshots at once.
const PORT = Number(process.env.SCREENSHOTS_PORT ?? 4180);
const base = `http://127.0.0.1:${PORT}`;
const routes = (
  process.env.ROUTES ??
  '/,/compare/air-raids-palmyra-2016,/compare/air-raids-palmyra-2016?group=date,/compare/ancient-site-intact-palmyra-2016?group=date,/matrix,/timeline,/timeline?view=sources,/sources,/claims/c-02'
).split(',');
const sizes = [
  { width: 360, height: 780 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];
/** Print emulation is taken at this window width (a desktop browser's print preview). */
const PRINT_WIDTH = 1440;
const workspace = process.env.WORKSPACE ?? '';
const WORKSPACE_BUTTONS = { published: 'Copy the published dataset', empty: 'Start empty' };
if (workspace !== '' && !(workspace in WORKSPACE_BUTTONS)) throw new Error(`WORKSPACE must be "published" or "empty", not "${workspace}".`);

/** Creates a workspace through the workbench's own buttons and returns its id, read from the ?ws= the workbench sets. */
async function createWorkspace(page) {
  await page.goto(`${base}/workbench`);
  await page.getByRole('button', { name: WORKSPACE_BUTTONS[workspace] }).click();
  await page.waitForURL(/[?&]ws=/, { timeout: 30_000 });
  return new URL(page.url()).searchParams.get('ws');
}
mkdirSync('screenshots', { recursive: true });

/** Draws every chart for a whole-page capture: charts far off screen are drawn only as they come near, and taken down when
 * they leave, so the window is made as tall as the page while the capture is taken. Returns a function to restore it. */
async function drawEveryChart(page) {
  const viewport = page.viewportSize();
  await page
    .locator('.chart-placeholder')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => {});
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
  const frames = page.locator('.chart-frame');
  for (let i = 0; i < (await frames.count()); i++) await frames.nth(i).locator('svg').first().waitFor();
  return () => page.setViewportSize(viewport);
}

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
try {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const browser = await chromium.launch({
    executablePath: process.env.PW_USE_BUNDLED_BROWSER === '1' ? undefined : (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--no-sandbox'],
  });
  for (const { width, height } of sizes) {
    const page = await browser.newPage({ viewport: { width, height } });
    page.on('console', (m) => m.type() === 'error' && console.log(`[console ${width}] ${m.text()}`));
    page.on('pageerror', (e) => console.log(`[pageerror ${width}] ${e.message}`));
    const ws = workspace === '' ? null : await createWorkspace(page);
    for (const route of routes) {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(base + (ws === null ? route : route.replaceAll('{ws}', ws)));
      await page.waitForLoadState('networkidle');
      await page.getByRole('heading', { level: 1 }).waitFor();
      // The data worker's answers are not network requests: wait until no part of the view is still loading.
      await page.waitForFunction(() => document.querySelector('.state-loading') === null, null, { timeout: 30_000 });
      const restore = await drawEveryChart(page);
      const name = route.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
      await page.screenshot({ path: `screenshots/${name}-${width}.png`, fullPage: true });
      console.log(`screenshots/${name}-${width}.png`);
      if (width < 600) {
        // Tall phone pages shrink to nothing when viewed whole: also save readable slices.
        const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0, i = 0; y < pageHeight && i < 4; y += 1400, i++) {
          await page.screenshot({
            path: `screenshots/${name}-${width}-part${i}.png`,
            fullPage: true,
            clip: { x: 0, y, width, height: Math.min(1400, pageHeight - y) },
          });
        }
      }
      await restore();
      if (width === PRINT_WIDTH) {
        // As printed: print styles, every chart drawn, the matrix in tables of a few sources, the footer with the address.
        await page.emulateMedia({ media: 'print' });
        await page.locator('.print-footer').waitFor();
        // In print every chart is drawn at once, wherever it is.
        const frames = page.locator('.chart-frame');
        for (let i = 0; i < (await frames.count()); i++) await frames.nth(i).locator('svg').first().waitFor();
        await page.screenshot({ path: `screenshots/${name}-print.png`, fullPage: true });
        console.log(`screenshots/${name}-print.png`);
      }
    }
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
