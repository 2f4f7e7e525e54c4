// "Download image": the chart as drawn, on a card with its words, saved as SVG and PNG in the browser under the app's CSP.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** Standard deviation of the grey levels: a blank or single-colour image has none. */
function greySpread(png: PNG): number {
  let sum = 0;
  let squares = 0;
  const count = png.width * png.height;
  for (let i = 0; i < png.data.length; i += 4) {
    const grey = ((png.data[i] ?? 0) + (png.data[i + 1] ?? 0) + (png.data[i + 2] ?? 0)) / 3;
    sum += grey;
    squares += grey * grey;
  }
  return Math.sqrt(squares / count - (sum / count) ** 2);
}

/** Counts Content-Security-Policy violations from here on, to read back after the downloads. */
async function countCspViolations(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { cspViolations: number };
    w.cspViolations = 0;
    document.addEventListener('securitypolicyviolation', () => (w.cspViolations += 1));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: number }).cspViolations);
}

async function saved(download: Download, path: string): Promise<Buffer> {
  await download.saveAs(path);
  return readFile(path);
}

test.describe('download a chart as an image', () => {
  test('a comparison saves as SVG with its title, verdict and link, and as PNG at social and print sizes', async ({ page }, testInfo) => {
    // Three files, one of them a 2400 × 1350 PNG encoded in the page: slow on a loaded machine.
    test.slow();
    await page.goto('compare/air-raids-palmyra-2016');
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    const figure = page.locator('figure.chart-figure');
    await expect(figure.locator('svg.recharts-surface')).toBeVisible();
    const verdict = (await page.locator('.verdict .headline').first().textContent()) ?? '';
    expect(verdict.length).toBeGreaterThan(20);
    const violations = await countCspViolations(page);

    await page.getByText('Download image', { exact: true }).click();
    await expectNoAxeViolations(page);
    const [svgFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).click()]);
    expect(svgFile.suggestedFilename()).toBe('corroborate-air-raids-palmyra-2016-light.svg');
    const svg = (await saved(svgFile, testInfo.outputPath('light.svg'))).toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        // The card's own lines, each wrapped line rejoined, leaving out the <title> that repeats them.
        text: Array.from(doc.querySelectorAll('svg > g > text'))
          .map((t) =>
            Array.from(t.querySelectorAll('tspan'))
              .map((line) => line.textContent)
              .join(' '),
          )
          .join('\n'),
        root: doc.documentElement.localName,
        bars: doc.querySelectorAll('svg svg rect').length,
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.text).toContain(title);
    expect(parsed.text).toContain(verdict.trim());
    expect(parsed.text).toContain(page.url());
    // The chart came along: its bars are in the card.
    expect(parsed.bars).toBeGreaterThan(2);

    await page.getByRole('radio', { name: 'Dark' }).check();
    const [social] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG for social media (1200 × 675)' }).click(),
    ]);
    expect(social.suggestedFilename()).toBe('corroborate-air-raids-palmyra-2016-dark-1200x675.png');
    const small = PNG.sync.read(await saved(social, testInfo.outputPath('dark-1200.png')));
    expect([small.width, small.height]).toEqual([1200, 675]);
    expect(greySpread(small)).toBeGreaterThan(20);

    const [print] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG for print (2400 × 1350)' }).click(),
    ]);
    const large = PNG.sync.read(await saved(print, testInfo.outputPath('dark-2400.png')));
    expect([large.width, large.height]).toEqual([2400, 1350]);
    expect(greySpread(large)).toBeGreaterThan(20);
    await expect(
      page.getByRole('status').filter({ hasText: 'Saved corroborate-air-raids-palmyra-2016-dark-2400x1350.png.' }),
    ).toBeVisible();
    expect(await violations()).toBe(0);
  });

  test('a landing card saves its comparison, every figure and its link, with the card’s chart', async ({ page }, testInfo) => {
    await page.goto('./');
    const card = page.locator('li.card').first();
    await expect(card.locator('svg.recharts-surface')).toBeVisible();
    const heading = card.getByRole('heading', { level: 2 }).getByRole('link');
    const title = (await heading.textContent()) ?? '';
    const href = (await heading.getAttribute('href')) ?? '';
    const violations = await countCspViolations(page);
    await card.getByText('Download image', { exact: true }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'SVG' }).click()]);
    const svg = (await saved(file, testInfo.outputPath('card.svg'))).toString('utf8');
    const text = await page.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
      if (doc.querySelector('parsererror')) return null;
      return Array.from(doc.querySelectorAll('svg > g > text'))
        .map((t) =>
          Array.from(t.querySelectorAll('tspan'))
            .map((l) => l.textContent)
            .join(' '),
        )
        .join('\n');
    }, svg);
    expect(text).toContain(title);
    expect(text).toContain(new URL(href, page.url()).href);
    expect(await violations()).toBe(0);
  });

  test('the timeline saves with its own title and a PNG that is not blank', async ({ page }, testInfo) => {
    // The image is of the "Who spoke when" tab: every source's figures over time.
    await page.goto('timeline?view=sources');
    await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
    await page.getByText('Download image', { exact: true }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).click()]);
    const svg = (await saved(file, testInfo.outputPath('timeline.svg'))).toString('utf8');
    expect(svg).toContain('Timeline: how the accounts moved');
    expect(svg).toContain(page.url());
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG for social media (1200 × 675)' }).click(),
    ]);
    const image = PNG.sync.read(await saved(png, testInfo.outputPath('timeline.png')));
    expect([image.width, image.height]).toEqual([1200, 675]);
    expect(greySpread(image)).toBeGreaterThan(20);
  });
});
