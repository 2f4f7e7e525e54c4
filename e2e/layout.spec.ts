// Layout at phone, laptop and projector widths, in print, and each view's document title: the geometry a reader sees.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const VIEWS = [
  { path: '/', title: 'Where the accounts diverge — Corroborate' },
  { path: '/compare/air-raids-palmyra-2016', title: 'Air raids on Palmyra, March 2016 — Corroborate' },
  // Grouped by date, the figures are drawn against time.
  { path: '/compare/air-raids-palmyra-2016?group=date', title: 'Air raids on Palmyra, March 2016 — Corroborate' },
  { path: '/matrix', title: 'Matrix: every measure against every source — Corroborate' },
  // The timeline opens on one measure's figures against time; its second tab has the lanes of sources.
  { path: '/timeline', title: 'Timeline: how the accounts moved — Corroborate' },
  { path: '/timeline?view=sources', title: 'Timeline: how the accounts moved — Corroborate' },
  { path: '/sources', title: 'Sources — Corroborate' },
  { path: '/claims/c-02', title: /^“.+”: .+ on .+ — Corroborate$/ },
] as const;

const WIDTHS = [
  { width: 360, height: 780 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

/** Opens a view and waits until its content, not a loading message, is on screen. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /loading/i })).toHaveCount(0);
}

/** Brings every chart on the page into view in turn, so each is drawn (charts far off screen are drawn only as they come near). */
async function drawEveryChart(page: Page) {
  // The charts' code loads after the text: wait until every placeholder has become a chart frame, so none is replaced under us.
  await expect(page.locator('.chart-placeholder')).toHaveCount(0);
  const frames = page.locator('.chart-frame');
  const count = await frames.count();
  for (let i = 0; i < count; i++) {
    await frames.nth(i).scrollIntoViewIfNeeded();
    await expect(frames.nth(i).locator('svg.recharts-surface')).toBeVisible();
  }
  return count;
}

interface Problem {
  what: string;
  text: string;
}

/** Every text box of one chart: overlapping another, cut off by its chart or the window, or smaller than `min` px; names overlapping a mark. */
function textProblems(frame: Element, min: number): Problem[] {
  const problems: Problem[] = [];
  const overlap = (a: DOMRect, b: DOMRect, slack = 0.5) =>
    a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;
  for (const svg of Array.from(frame.querySelectorAll('svg.recharts-surface'))) {
    const box = svg.getBoundingClientRect();
    const texts = Array.from(svg.querySelectorAll('text'))
      .filter((t) => t.textContent.trim() !== '')
      .map((t) => ({ text: t.textContent, box: t.getBoundingClientRect(), size: parseFloat(getComputedStyle(t).fontSize) }));
    texts.forEach(({ text, box: b, size }, i) => {
      if (size < min) problems.push({ what: `text at ${size}px, under ${min}px`, text });
      if (b.left < box.left - 1 || b.right > box.right + 1 || b.top < box.top - 1 || b.bottom > box.bottom + 1)
        problems.push({ what: 'cut off by its chart', text });
      if (b.left < -1 || b.right > window.innerWidth + 1) problems.push({ what: 'cut off by the window', text });
      for (const other of texts.slice(i + 1)) if (overlap(b, other.box)) problems.push({ what: `overlaps “${other.text}”`, text });
    });
    const marks = Array.from(svg.querySelectorAll('.recharts-bar-rectangle, .recharts-scatter-symbol')).map((m) =>
      m.getBoundingClientRect(),
    );
    for (const label of Array.from(svg.querySelectorAll('text.chart-label'))) {
      const b = label.getBoundingClientRect();
      if (marks.some((m) => overlap(b, m))) problems.push({ what: 'overlaps a mark', text: label.textContent });
    }
  }
  return problems;
}

/** Draws each chart in turn and checks its text while it is drawn (a chart scrolled far away is taken down again). */
async function chartTextProblems(page: Page, minFont: number): Promise<Problem[]> {
  await expect(page.locator('.chart-placeholder')).toHaveCount(0);
  const frames = page.locator('.chart-frame');
  const problems: Problem[] = [];
  for (let i = 0; i < (await frames.count()); i++) {
    await frames.nth(i).scrollIntoViewIfNeeded();
    await expect(frames.nth(i).locator('svg.recharts-surface')).toBeVisible();
    problems.push(...(await frames.nth(i).evaluate(textProblems, minFont)));
  }
  return problems;
}

for (const size of WIDTHS) {
  test(`every view fits at ${size.width} px: no overlapping or cut-off chart text, no sideways scrolling`, async ({ page }) => {
    // Eight views, each drawn chart by chart, in one page: longer than one journey.
    test.setTimeout(150_000);
    await page.setViewportSize(size);
    for (const view of VIEWS) {
      await test.step(view.path, async () => {
        await open(page, view.path);
        await expect(page).toHaveTitle(view.title);
        expect(await chartTextProblems(page, size.width >= 1920 ? 18 : 10)).toEqual([]);
        const overflow = await page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth);
        expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
      });
    }
  });
}

test('range charts grow with their rows and their text at 1920 px', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await open(page, '/compare/ancient-site-intact-palmyra-2016');
  await drawEveryChart(page);
  const { rows, height, font } = await page.evaluate(() => {
    const svg = document.querySelector('.chart-frame svg.recharts-surface');
    const label = svg?.querySelector('text.chart-label');
    return {
      rows: svg?.querySelectorAll('text.chart-label').length ?? 0,
      height: svg?.getBoundingClientRect().height ?? 0,
      font: label ? parseFloat(getComputedStyle(label).fontSize) : 0,
    };
  });
  expect(font).toBeGreaterThanOrEqual(18);
  expect(rows).toBeGreaterThan(1);
  // Each row at least a line of its text high, plus the axis.
  expect(height).toBeGreaterThanOrEqual(rows * font * 1.2 + font);
});

test('the matrix at 1440 px: no box of its own, at least 10 measures by 8 sources in view, header and measure column stay put', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, '/matrix');
  const region = page.getByRole('region', { name: 'Matrix of measures and sources' });
  await expect(region.getByRole('rowheader').first()).toBeVisible();
  const box = await region.evaluate((el) => ({ overflow: getComputedStyle(el).overflowY, inner: el.scrollHeight - el.clientHeight }));
  expect(box.overflow).toBe('visible');
  expect(box.inner).toBeLessThanOrEqual(0);
  // Scroll the page so the table's header reaches the top of the window, then count what is wholly in view under it.
  await page.evaluate(() => {
    const table = document.querySelector('.matrix table');
    if (table) window.scrollBy(0, table.getBoundingClientRect().top);
  });
  const view = await page.evaluate(() => {
    const head = document.querySelector('.matrix thead')?.getBoundingClientRect();
    const rows = Array.from(document.querySelectorAll('.matrix tbody th[scope="row"]')).map((th) => th.getBoundingClientRect());
    const cols = Array.from(document.querySelectorAll('.matrix thead th[scope="col"]'))
      .slice(1)
      .map((th) => th.getBoundingClientRect());
    return {
      rows: rows.filter((r) => r.top >= (head?.bottom ?? 0) - 1 && r.bottom <= window.innerHeight).length,
      columns: cols.filter((c) => c.left >= 0 && c.right <= window.innerWidth).length,
    };
  });
  expect(view.rows).toBeGreaterThanOrEqual(10);
  expect(view.columns).toBeGreaterThanOrEqual(8);
  await page.mouse.wheel(0, 1200);
  await expect
    .poll(() => page.evaluate(() => Math.round(document.querySelector('.matrix thead th')?.getBoundingClientRect().top ?? -1)))
    .toBe(0);
});

test('the matrix on a phone is one card per measure, listing the sources’ figures', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await open(page, '/matrix');
  const cards = page.getByRole('list', { name: 'Measures and the sources’ figures' }).getByRole('listitem');
  await expect(cards.first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Matrix of measures and sources' })).toHaveCount(0);
  await expect(cards.filter({ hasText: 'Air raids on Palmyra, March 2016' }).getByText('Russian Defence Ministry')).toBeVisible();
});

test.describe('print', () => {
  test('the overview and a comparison print every chart, with a footer naming the view and its address', async ({ page }) => {
    // Four views, two of them drawn against time: longer than one journey.
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    await open(page, '/');
    const cards = page.locator('ol.card-list > li.card');
    // Wait for the cards the reader sees before counting them: a count taken as the list arrives can be 0.
    await expect(cards.nth(3)).toBeVisible();
    const count = await cards.count();
    await page.emulateMedia({ media: 'print' });
    await expect(cards.locator('svg.recharts-surface')).toHaveCount(count);
    const footer = page.locator('.print-footer');
    await expect(footer).toBeVisible();
    await expect(footer).toHaveText(`Corroborate — Where the accounts diverge — ${page.url()}`);
    await page.emulateMedia({ media: 'screen' });
    await expect(footer).toBeHidden();

    await open(page, '/compare/air-raids-palmyra-2016');
    await expect(page.locator('.chart-frame').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.chart-frame svg.recharts-surface')).toHaveCount(await page.locator('.chart-frame').count());
    await expect(footer).toHaveText(`Corroborate — Air raids on Palmyra, March 2016 — ${page.url()}`);

    // The figures against time, on the compare page grouped by date and on the timeline's first tab.
    for (const path of ['/compare/air-raids-palmyra-2016?group=date', '/timeline']) {
      await page.emulateMedia({ media: 'screen' });
      await open(page, path);
      await page.emulateMedia({ media: 'print' });
      const frames = page.locator('.chart-frame');
      await expect(frames.first().locator('svg.recharts-surface')).toBeVisible();
      await expect(frames.locator('svg.recharts-surface')).toHaveCount(await frames.count());
      await expect(page.locator('.chart-frame [role="link"]').first()).toBeVisible();
    }
  });

  test('the matrix prints every source’s column', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await open(page, '/matrix');
    // The sources on screen, page by page where they do not all fit the width.
    const screenHeaders = page.locator('.matrix thead th[scope="col"]');
    await expect(screenHeaders.nth(1)).toBeVisible();
    const sources = new Set((await screenHeaders.allTextContents()).slice(1));
    const next = page.getByRole('button', { name: 'Next sources →' });
    while ((await next.count()) > 0 && (await next.isEnabled())) {
      const first = await screenHeaders.nth(1).textContent();
      await next.click();
      await expect(screenHeaders.nth(1)).not.toHaveText(first ?? '');
      for (const name of (await screenHeaders.allTextContents()).slice(1)) sources.add(name);
    }
    expect(sources.size).toBeGreaterThan(8);
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('.matrix-print-table thead th[scope="col"]');
    await expect(printed.first()).toBeVisible();
    const onPaper = (await printed.allTextContents()).filter((t) => t !== 'Measure');
    expect(onPaper.sort()).toEqual([...sources].sort());
    expect(new Set(onPaper).size).toBe(onPaper.length);
    // Every printed table fits the page width: nothing is cut off at the right.
    const widest = await page.evaluate(() =>
      Math.max(...Array.from(document.querySelectorAll('.matrix-print-table')).map((t) => t.getBoundingClientRect().right)),
    );
    expect(widest).toBeLessThanOrEqual(await page.evaluate(() => document.documentElement.clientWidth));
  });
});

test('“Large type” sets the whole page and its charts larger, and is kept', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, '/compare/air-raids-palmyra-2016');
  await drawEveryChart(page);
  const chartFont = () =>
    page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.chart-frame text.chart-label') ?? document.body).fontSize));
  const before = await chartFont();
  const toggle = page.getByRole('button', { name: 'Large type' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveClass(/large-type/);
  await expect.poll(chartFont).toBeGreaterThan(before);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveClass(/large-type/);
  await expect(page.getByRole('button', { name: 'Large type' })).toHaveAttribute('aria-pressed', 'true');
});
