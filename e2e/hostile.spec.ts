// Hostile content in the dataset (script tags, event handlers, javascript: and data: URLs, bidi overrides, prototype
// keys, control characters, formulas, very long strings): every view shows it as text, nothing runs, no link leaves
// http(s), and no override reorders the interface's own words.
import type { Page } from '@playwright/test';
import { hostileDataset, scenarios } from '../src/testing/msw/handlers.ts';
import { HOSTILE_STRINGS } from '../src/testing/hostile-strings.ts';
import { recordReliability } from '../src/testing/reliability-log.ts';
import { expect, test } from './fixtures.ts';

const hostile = hostileDataset();
const claimInArticle = (articleId: string) => hostile.dataset.claims.find((c) => c.articleId === articleId)?.id ?? '';
const VIEWS = [
  { name: 'the overview', path: '/' },
  { name: 'the matrix', path: '/matrix' },
  { name: 'the timeline', path: '/timeline' },
  { name: 'the sources', path: '/sources' },
  { name: 'a claim whose article has a web address', path: `/claims/${claimInArticle('a-000')}` },
  { name: 'a claim whose article has a javascript: address', path: `/claims/${claimInArticle('a-001')}` },
  { name: 'a claim whose article has a data: address', path: `/claims/${claimInArticle('a-003')}` },
  { name: 'the comparison of the first measure', path: '/compare/air-raids-palmyra-2016' },
];

let dialogs: string[] = [];
test.beforeEach(({ page, network }) => {
  dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  network.use(...scenarios.hostile());
});
test.afterEach(({}, testInfo) => {
  recordReliability({
    kind: 'hostile',
    name: `views: ${testInfo.title}`,
    // Every hostile string of the list is somewhere in the dataset each view is given.
    cases: hostile.planted,
    passed: testInfo.status === testInfo.expectedStatus && dialogs.length === 0,
    crashes: testInfo.errors.some((e) => /page error/.test(e.message ?? '')) ? 1 : 0,
    lostRecords: 0,
  });
});

/** What the page holds that hostile markup could have made: handlers, foreign scripts, frames, links that are not http(s). */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const found: string[] = [];
    // The build's own inline script is allowed by its hash in the page's CSP; any other inline script came from elsewhere.
    const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    const allowed = async (text: string) => {
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
      return policy.includes(`'sha256-${btoa(String.fromCharCode(...digest))}'`);
    };
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of el.getAttributeNames()) if (/^on/i.test(attr)) found.push(`<${el.localName} ${attr}>`);
      if (
        ['iframe', 'object', 'embed', 'mglyph', 'mtext', 'svg', 'math', 'frame'].includes(el.localName) &&
        !el.closest('.recharts-wrapper')
      ) {
        // Recharts draws its charts as SVG; anything else of these came from the data.
        if (!(el.localName === 'svg' && (el.classList.contains('recharts-surface') || el.closest('[class*="chart"]'))))
          found.push(`<${el.localName}>`);
      }
    }
    for (const img of Array.from(document.querySelectorAll('img'))) found.push(`<img src="${img.getAttribute('src') ?? ''}">`);
    for (const s of Array.from(document.querySelectorAll('script'))) {
      const src = s.getAttribute('src');
      // The build's own scripts: its bundles and the inline script that starts the data worker.
      const path = src === null ? '' : new URL(src, location.href).pathname;
      if (src === null) {
        if (!(await allowed(s.textContent))) found.push('<script src="(inline)">');
      } else if (!path.startsWith('/assets/') || new URL(src, location.href).origin !== location.origin)
        found.push(`<script src="${src}">`);
    }
    for (const a of Array.from(document.querySelectorAll('a[href]'))) {
      const href = a.getAttribute('href') ?? '';
      if (!/^(\/|#|https?:)/.test(href)) found.push(`<a href="${href}">`);
    }
    return found;
  });
}

/**
 * Text nodes whose bidi controls are left open and whose nearest isolating element (a <bdi>, unicode-bidi: isolate or
 * plaintext, or any block) also holds interface text: there an override would reorder the app's own words.
 */
async function leakingBidi(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const open = (text: string): boolean => {
      const stack: string[] = [];
      for (const ch of text) {
        if (/[\u202A\u202B\u202D\u202E]/.test(ch)) stack.push('e');
        else if (ch === '\u202C' && stack.at(-1) === 'e') stack.pop();
        else if (/[\u2066-\u2068]/.test(ch)) stack.push('i');
        else if (ch === '\u2069' && stack.includes('i')) stack.splice(stack.lastIndexOf('i'));
      }
      return stack.length > 0;
    };
    const bad: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? '';
      if (!open(text)) continue;
      let el = node.parentElement;
      let explicit = false;
      while (el) {
        const style = getComputedStyle(el);
        // The app isolates only text from the data (<bdi>, article texts, quotes): such a box may hold several data strings.
        // An SVG <text> is a paragraph of its own, holding one chart label.
        explicit = el.localName === 'bdi' || /isolate|plaintext/.test(style.unicodeBidi) || el.localName === 'text';
        if (explicit || !/^inline/.test(style.display) || el.localName === 'option') break;
        el = el.parentElement;
      }
      // A plain block ends the override too, but it must then hold nothing but this string.
      if (el && !explicit && el.textContent.trim() !== text.trim()) {
        bad.push(`${el.localName}.${el.getAttribute('class') ?? ''}: ${JSON.stringify(el.textContent.slice(0, 120))}`);
      }
    }
    return bad;
  });
}

for (const view of VIEWS) {
  test(`${view.name} shows hostile data as text only`, async ({ page }) => {
    await page.goto(view.path);
    await expect(page.locator('main h1')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0, { timeout: 20_000 });
    // Let anything that would run (an onerror, a late effect) have its chance.
    await page.waitForTimeout(300);
    expect(dialogs, 'a dialog opened: hostile script ran').toEqual([]);
    expect(await injected(page), 'elements or links made from hostile data').toEqual([]);
    expect(await leakingBidi(page), 'a bidi override in the data can reorder interface text').toEqual([]);
    expect(await page.evaluate(() => Object.hasOwn(Object.prototype, 'polluted'))).toBe(false);
  });
}

test('hostile source names are shown as the exact text, markup and all', async ({ page }) => {
  await page.goto('/sources');
  await expect(page.locator('main h1')).toBeVisible({ timeout: 20_000 });
  // Loaded once the first hostile name is shown as a heading.
  await expect(page.getByRole('heading', { level: 2, name: /<script>alert\("xss-script"\)<\/script>/ })).toBeVisible({ timeout: 20_000 });
  // The page lists the sources that made a claim.
  const claimants = new Set(hostile.dataset.claims.map((c) => c.claimantId));
  const names = hostile.dataset.sources.filter((s) => claimants.has(s.id)).map((s) => s.name);
  expect(names.length).toBeGreaterThan(5);
  const shown = await page.locator('main').evaluate((main) => main.textContent);
  const missing = names.filter((n) => !shown.includes(n));
  expect(missing).toEqual([]);
  await expect(page.getByRole('heading', { level: 2, name: /<script>alert\("xss-script"\)<\/script>/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /<img src=x onerror=alert\("xss-img"\)>/ })).toBeVisible();
  expect(HOSTILE_STRINGS.length).toBeGreaterThan(50);
});

test('an article’s javascript: address is shown as text, and an https address as a link', async ({ page }) => {
  await page.goto(`/claims/${claimInArticle('a-001')}`);
  const address = page.locator('dd').filter({ hasText: 'not a web address, so not a link' });
  await expect(address).toContainText('javascript:alert("xss-url")');
  await expect(address.locator('a')).toHaveCount(0);
  await page.goto(`/claims/${claimInArticle('a-000')}`);
  await expect(page.getByRole('link', { name: 'https://example.org/palmyra-report' })).toHaveAttribute(
    'href',
    'https://example.org/palmyra-report',
  );
  // The quote with its hostile prefix is verbatim at its offsets: no "does not match" warning.
  await expect(page.getByText('does not match its quote')).toHaveCount(0);
  await expect(page.getByRole('region', { name: /Text of/ }).locator('mark')).toHaveText(
    hostile.dataset.claims.find((c) => c.articleId === 'a-000')?.quote ?? '',
    { useInnerText: false },
  );
});
