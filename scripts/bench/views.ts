// Every view of a generated corpus opened straight from its address, as a reader following a link would: the time to its
// first content and the peak JS heap (page + workers) until then.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { freshPage, MeasureError, startHeapSampler } from './browser';

/** A view and what shows that its content has come: a selector inside <main>, with nothing in <main> still loading. */
interface View {
  name: string;
  path: string;
  content: string;
}

export interface ViewFigure {
  name: string;
  path: string;
  /** ms from navigation start to the first frame's DOM with the content and nothing loading. */
  firstContentMs: number;
  peakHeapMb: number;
}

interface ViewWindow {
  __view?: { at: number | null; error: string | null };
}

/**
 * Runs before the app: records performance.now() at the first DOM mutation after which <main> has an h1, the view's
 * content and no loading state (a part of a view still asking the data service shows `.state-loading`); or the text of
 * an error alert, other than the "taking longer" notice.
 */
function viewProbe(content: string): void {
  const w = window as unknown as ViewWindow;
  const state = { at: null as number | null, error: null as string | null };
  w.__view = state;
  const observer = new MutationObserver(() => {
    const main = document.querySelector('main');
    if (!main) return;
    const alert = Array.from(main.querySelectorAll('[role="alert"]')).find(
      (a) => a.textContent.trim() !== '' && !/taking longer than it should/i.test(a.textContent),
    );
    if (alert && /could not|failed|error/i.test(alert.textContent)) {
      state.error = alert.textContent.replace(/\s+/g, ' ').trim().slice(0, 200);
      observer.disconnect();
      return;
    }
    if (main.querySelector('h1') && main.querySelector(content) && !main.querySelector('.state-loading, [aria-busy="true"]')) {
      state.at = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
}

/** Opens one view in `page` and waits for its content; the heap is sampled until then. */
async function openView(
  browser: Browser,
  { context, page }: { context: BrowserContext; page: Page },
  base: string,
  view: View,
  timeoutMs: number,
): Promise<ViewFigure> {
  await page.addInitScript(viewProbe, view.content);
  const url = `${base}${view.path.replace(/^\//, '')}`;
  const heap = await startHeapSampler(browser, context, page, url);
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    const probe = await page
      .waitForFunction(
        () => {
          const state = (window as unknown as ViewWindow).__view;
          return state && (state.at !== null || state.error !== null) ? state : null;
        },
        null,
        { timeout: timeoutMs, polling: 100 },
      )
      .then((handle) => handle.jsonValue() as Promise<{ at: number | null; error: string | null }>)
      .catch(() => {
        throw new MeasureError(`${view.name}: no content within ${timeoutMs / 1000} s`);
      });
    if (probe.error !== null || probe.at === null) throw new MeasureError(`${view.name}: the app shows an error: ${probe.error ?? ''}`);
    const sampled = await heap.stop();
    return { name: view.name, path: view.path, firstContentMs: probe.at, peakHeapMb: sampled.peakBytes / 1024 / 1024 };
  } catch (e) {
    await heap.stop();
    throw e;
  }
}

/** The href of the first link in `page` whose href contains `part`, as a path. */
async function firstLink(page: Page, part: string): Promise<string> {
  const href = await page.locator(`main a[href*="${part}"]`).first().getAttribute('href', { timeout: 10_000 });
  if (href === null) throw new MeasureError(`no link to ${part} on ${page.url()}`);
  return new URL(href, page.url()).pathname + new URL(href, page.url()).search;
}

/**
 * Opens each view of the published dataset in a fresh context (nothing cached, the dataset loaded for that view alone):
 * landing, a comparison (the first card's), a claim (the first one that comparison links), timeline, matrix, sources.
 * Then the workbench: the dataset copied into a workspace as a user does (not timed), and the workbench opened on it in a
 * new page of the same browser profile, where the workspace lives.
 */
export async function measureViews(
  browser: Browser,
  base: string,
  { timeoutMs, only = null, log }: { timeoutMs: number; only?: ReadonlySet<string> | null; log: (line: string) => void },
): Promise<{ figures: ViewFigure[]; failures: string[] }> {
  const figures: ViewFigure[] = [];
  const failures: string[] = [];
  const basePath = new URL(base).pathname.replace(/\/$/, '');
  const relative = (path: string) => (basePath && path.startsWith(basePath) ? path.slice(basePath.length) : path);
  // Found along the way: the first card's comparison, and the first claim it links.
  const found: { compare: string | null; claim: string | null } = { compare: null, claim: null };
  const fixed: View[] = [
    { name: 'landing', path: '/', content: 'ol h2' },
    { name: 'timeline', path: '/timeline', content: '.chart-frame, table' },
    { name: 'matrix', path: '/matrix', content: 'table, [role="region"]' },
    { name: 'sources', path: '/sources', content: '.card-list li' },
  ];
  const wanted = (name: string) => only === null || only.has(name);
  // A view not asked for is still opened when the next one is found from it (landing → comparison → claim).
  const run = async (view: View, after?: (page: Page) => Promise<void>, needed = false) => {
    if (!wanted(view.name) && !needed) return;
    const { context, page } = await freshPage(browser);
    try {
      const figure = await openView(browser, { context, page }, base, view, timeoutMs);
      if (wanted(view.name)) figures.push(figure);
      log(`${view.name} (${view.path}): ${Math.round(figure.firstContentMs)} ms, peak heap ${Math.round(figure.peakHeapMb)} MB`);
      if (after) await after(page);
    } catch (e) {
      failures.push(e instanceof Error ? e.message : String(e));
      log(`${view.name}: ${failures.at(-1) ?? ''}`);
    } finally {
      await context.close();
    }
  };
  await run(
    fixed[0] as View,
    async (page) => {
      found.compare = relative(await firstLink(page, '/compare/'));
    },
    wanted('compare') || wanted('claim'),
  );
  if (found.compare !== null) {
    await run(
      { name: 'compare', path: found.compare, content: '.chart-frame, table' },
      async (page) => {
        found.claim = relative(await firstLink(page, '/claims/'));
      },
      wanted('claim'),
    );
  }
  if (found.claim !== null) await run({ name: 'claim', path: found.claim, content: 'blockquote, dl' });
  for (const view of fixed.slice(1)) await run(view);
  if (!wanted('workbench')) return { figures, failures };
  // The workbench shows a workspace, and a workspace lives in the browser profile: copy the dataset into one first.
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(`${base}workbench`, { timeout: timeoutMs });
    await page.getByLabel('Name', { exact: true }).fill('Bench');
    await page.getByRole('button', { name: 'Copy the published dataset' }).click();
    const created = page.getByText('Created “Bench” from the published dataset; it is now open.');
    const refused = page.getByText(/Could not create the workspace/);
    await created.or(refused).first().waitFor({ timeout: timeoutMs });
    if (await refused.isVisible()) throw new MeasureError(`the copy failed: ${await refused.innerText()}`);
    const ws = new URL(page.url()).searchParams.get('ws');
    if (ws === null) throw new MeasureError('workbench: the copy did not open a workspace');
    await page.close();
    const view = {
      name: 'workbench',
      path: `/workbench?ws=${ws}`,
      content: 'a[href*="/workbench/articles/"]:not([href*="/articles/new"])',
    };
    const listed = await context.newPage();
    const figure = await openView(browser, { context, page: listed }, base, view, timeoutMs);
    figures.push(figure);
    log(
      `workbench (a workspace of the same claims): ${Math.round(figure.firstContentMs)} ms, peak heap ${Math.round(figure.peakHeapMb)} MB`,
    );
    // The first article it lists, opened at the workbench: its text, claims and the suggestions for its figures.
    const href = await listed.locator('main a[href*="/workbench/articles/"]:not([href*="/articles/new"])').first().getAttribute('href');
    if (href === null) throw new MeasureError('workbench: no article listed');
    const target = new URL(href, listed.url());
    await listed.close();
    const article = { name: 'article', path: relative(target.pathname) + target.search, content: '#review-heading' };
    const opened = await openView(browser, { context, page: await context.newPage() }, base, article, timeoutMs);
    figures.push(opened);
    log(
      `article at the workbench (suggestions shown): ${Math.round(opened.firstContentMs)} ms, peak heap ${Math.round(opened.peakHeapMb)} MB`,
    );
  } catch (e) {
    failures.push(e instanceof Error ? `workbench: ${e.message}` : String(e));
    log(failures.at(-1) ?? '');
  } finally {
    await context.close();
  }
  return { figures, failures };
}
