// Headless Chromium measurements of the production build: first content, filter changes, matrix scrolling, JS heap.
// Every timestamp is taken inside the page (performance.now(), i.e. ms since navigation start), never from the driver's clock.
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { FLOOR_WORKER_PATH } from './floor-worker';

export const LAUNCH_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-sandbox',
];

/** The system Chromium (CHROMIUM_PATH, default /usr/bin/chromium), or Playwright's own with PW_USE_BUNDLED_BROWSER=1. */
export function launchBrowser(): Promise<Browser> {
  const bundled = process.env.PW_USE_BUNDLED_BROWSER === '1';
  return chromium.launch({
    ...(bundled ? {} : { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }),
    args: LAUNCH_ARGS,
  });
}

/** The landing view's content: the first ranked measure card, an h2 inside the ordered list of measures. */
export const FIRST_CONTENT_SELECTOR = 'main ol h2';
const ALERT_SELECTOR = 'main [role="alert"]';
/** The app's "taking longer than it should" notice is an alert, but the load goes on: only other alerts are failures. */
const STILL_LOADING = /taking longer than it should/i;

interface BenchWindow {
  __bench?: { firstContent: number | null; stages: { t: number; text: string }[] };
}

/**
 * Runs before the app: records performance.now() at the first DOM mutation that makes the selector match, and when each
 * loading message (the main view's role=status text: "Downloading…", "Comparing N figures…") first appears.
 */
function firstContentProbe(selector: string): void {
  const w = window as unknown as BenchWindow;
  const state = { firstContent: null as number | null, stages: [] as { t: number; text: string }[] };
  w.__bench = state;
  let lastStage = '';
  const observer = new MutationObserver(() => {
    const t = performance.now();
    const el = document.querySelector('main [role="status"]') ?? document.querySelector('main [role="alert"]');
    const stage = el?.textContent.replace(/\s+/g, ' ').trim().slice(0, 80) ?? '';
    if (stage !== '' && stage !== lastStage) {
      lastStage = stage;
      state.stages.push({ t, text: stage });
    }
    if (state.firstContent === null && document.querySelector(selector)) {
      state.firstContent = t;
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

interface WorkerTracker {
  /** Ids of requests posted to a Web Worker and not yet answered. */
  pending: Set<unknown>;
  /** performance.now() of the last final reply ("progress" messages are not replies). */
  lastReply: number;
}

/**
 * Runs before the app (as a string: no compiled helpers): wraps Worker so the bench knows when the app's engine requests
 * are out. A request is a posted object with an `id`; its answer is a message with that `id` and a type other than
 * "progress"; a `{ type: "cancel", target }` message drops the target.
 */
const WORKER_TRACKER = `(() => {
  const Native = globalThis.Worker;
  if (!Native) return;
  const state = { pending: new Set(), lastReply: -1 };
  globalThis.__benchWorkers = state;
  globalThis.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        const d = e.data;
        if (d && typeof d === 'object' && 'id' in d && d.type !== 'progress') {
          state.pending.delete(d.id);
          state.lastReply = performance.now();
        }
      });
    }
    postMessage(msg, ...rest) {
      if (msg && typeof msg === 'object' && 'id' in msg) {
        if (msg.type === 'cancel') state.pending.delete(msg.target);
        else state.pending.add(msg.id);
      }
      return super.postMessage(msg, ...rest);
    }
  };
})();`;

export class MeasureError extends Error {
  /** Peak JS heap (MB) seen before the failure, when the heap was sampled. */
  peakHeapMb: number | null = null;
}

/** The loading messages seen, as "text @ ms" (when each first appeared). */
export function formatStages(stages: readonly { t: number; text: string }[]): string {
  return stages.map((s) => `"${s.text}" @${Math.round(s.t)}`).join(', ');
}

export interface LoadResult {
  /** ms from navigation start to the first ranked measure card in the DOM. */
  firstContentMs: number;
  /** Peak JSHeapUsedSize (MB) sampled every 100 ms over the load, when asked for. */
  peakHeapMb: number | null;
  heapSamples: number;
  /** Loading messages and when they appeared (ms since navigation start). */
  stages: { t: number; text: string }[];
  page: Page;
  context: BrowserContext;
}

/** A fresh context (empty cache) and page with the console and page errors collected. */
export async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  // The offline service worker starts caching the app's files after the first view: the bench measures the app itself.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  // Functions passed to page.evaluate are compiled by tsx, which may wrap them in its __name helper: give the page one.
  await context.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn);');
  await context.addInitScript(WORKER_TRACKER);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  return { context, page, errors };
}

/** Loads `url` in a fresh context and waits for the landing view's first measure card; the page is left open for the caller. */
export async function loadLanding(browser: Browser, url: string, opts: { timeoutMs: number; sampleHeap?: boolean }): Promise<LoadResult> {
  const { context, page, errors } = await freshPage(browser);
  await page.addInitScript(firstContentProbe, FIRST_CONTENT_SELECTOR);
  const heap = opts.sampleHeap ? await startHeapSampler(browser, context, page, url) : null;
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: opts.timeoutMs });
    try {
      await page.waitForFunction(
        ({ content, alert, stillLoading }) =>
          document.querySelector(content) !== null ||
          Array.from(document.querySelectorAll(alert)).some((a) => !new RegExp(stillLoading, 'i').test(a.textContent)),
        { content: FIRST_CONTENT_SELECTOR, alert: ALERT_SELECTOR, stillLoading: STILL_LOADING.source },
        { timeout: opts.timeoutMs, polling: 100 },
      );
    } catch {
      const status = await page
        .locator('main')
        .innerText({ timeout: 2_000 })
        .catch(() => '(main not readable)');
      throw new MeasureError(
        `no measure card within ${opts.timeoutMs / 1000} s; main shows: "${status.replace(/\s+/g, ' ').slice(0, 160)}"${errors.length ? `; ${errors.slice(0, 2).join('; ')}` : ''}`,
      );
    }
    if ((await page.locator(FIRST_CONTENT_SELECTOR).count()) === 0) {
      const texts = await page.locator(ALERT_SELECTOR).allInnerTexts();
      const text = (texts.find((t) => !STILL_LOADING.test(t)) ?? texts[0] ?? '').replace(/\s+/g, ' ').slice(0, 300);
      throw new MeasureError(`the app shows an error: ${text}`);
    }
    await page.locator(FIRST_CONTENT_SELECTOR).first().waitFor({ state: 'visible', timeout: opts.timeoutMs });
    const probe = await page.evaluate(() => (window as unknown as BenchWindow).__bench ?? null);
    if (probe?.firstContent == null) throw new MeasureError('the probe saw no measure card');
    const sampled = heap ? await heap.stop() : null;
    return {
      firstContentMs: probe.firstContent,
      peakHeapMb: sampled ? sampled.peakBytes / 1024 / 1024 : null,
      heapSamples: sampled?.samples ?? 0,
      stages: probe.stages,
      page,
      context,
    };
  } catch (e) {
    const sampled = heap ? await heap.stop() : null;
    if (e instanceof MeasureError) {
      if (sampled) e.peakHeapMb = sampled.peakBytes / 1024 / 1024;
      const stages = await page
        .evaluate(() => (window as unknown as BenchWindow).__bench?.stages ?? [])
        .catch(() => [] as { t: number; text: string }[]);
      if (stages.length) e.message += `; loading messages: ${formatStages(stages)}`;
    }
    await context.close();
    throw e;
  }
}

export interface HeapSampler {
  stop: () => Promise<{ peakBytes: number; samples: number }>;
}

/**
 * Samples the JS heap every 100 ms: the page's JSHeapUsedSize (CDP Performance.getMetrics) plus the used heap of each of
 * its Web Workers (Runtime.getHeapUsage through a browser-level session), since a dedicated worker has its own V8 heap
 * that the page's metrics leave out. A worker busy in a long task may answer late; its last answer then stands.
 */
export async function startHeapSampler(browser: Browser, context: BrowserContext, page: Page, url: string): Promise<HeapSampler> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const bcdp = await browser.newBrowserCDPSession();
  const workerHeap = new Map<string, number>();
  const sessions = new Map<string, string>(); // targetId → sessionId
  const pending = new Map<string, (used: number) => void>();
  let nextId = 1;
  bcdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
    const m = JSON.parse(e.message) as { id?: number; result?: { usedSize?: number } };
    const key = `${e.sessionId}:${m.id}`;
    const done = pending.get(key);
    if (done && m.result?.usedSize !== undefined) done(m.result.usedSize);
    pending.delete(key);
  });
  const origin = new URL(url).origin;
  let peak = 0;
  let samples = 0;
  const state = { running: true };
  const loop = (async () => {
    while (state.running) {
      const started = Date.now();
      try {
        const { targetInfos } = await bcdp.send('Target.getTargets');
        for (const t of targetInfos) {
          if (t.type !== 'worker' || !t.url.startsWith(origin) || sessions.has(t.targetId)) continue;
          const { sessionId } = await bcdp.send('Target.attachToTarget', { targetId: t.targetId, flatten: false });
          sessions.set(t.targetId, sessionId);
        }
        for (const [targetId, sessionId] of sessions) {
          const id = nextId++;
          pending.set(`${sessionId}:${id}`, (used) => workerHeap.set(targetId, used));
          void bcdp
            .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) })
            .catch(() => undefined);
        }
        const { metrics } = await cdp.send('Performance.getMetrics');
        const main = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
        if (main !== undefined) {
          let total = main;
          for (const used of workerHeap.values()) total += used;
          peak = Math.max(peak, total);
          samples++;
        }
      } catch {
        // The page may be navigating or closing; the next sample will tell.
      }
      await new Promise((r) => setTimeout(r, Math.max(0, 100 - (Date.now() - started))));
    }
  })();
  return {
    stop: async () => {
      state.running = false;
      await loop;
      await bcdp.detach().catch(() => undefined);
      return { peakBytes: peak, samples };
    },
  };
}

/** Lets the page settle: lazy chunks loaded, network quiet, two frames drawn. */
export async function settle(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => undefined);
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  await page.waitForTimeout(300);
}

/**
 * Toggles the checkboxes of the filter `filter` ("Source kind" unless told) `changes` times and times each change inside the page: from the click to the
 * rendering of the frame that shows the finished view: the filter status ("Showing N of M claims.") changed, the engine's
 * Web Worker has answered, and the main content re-rendered after that answer (an interim render of the previous analysis
 * does not count).
 */
export async function measureFilterChanges(
  page: Page,
  changes: number,
  perChangeTimeoutMs: number,
  budgetMs: number,
  log: (line: string) => void = () => undefined,
  filter = 'Source kind',
): Promise<{ samples: number[]; answered: number[]; failures: string[]; attempted: number }> {
  const summary = page.locator('summary').filter({ hasText: new RegExp(`^${filter}`) });
  await summary.click();
  const boxes = page.getByRole('group', { name: filter, exact: true }).getByRole('checkbox');
  // The list is drawn once the disclosure opens: wait for it, as a reader would.
  await boxes
    .first()
    .waitFor({ timeout: perChangeTimeoutMs })
    .catch(() => undefined);
  const n = await boxes.count();
  if (n === 0) throw new MeasureError(`no checkbox in the "${filter}" filter`);
  const samples: number[] = [];
  // When the engine's last answer for each change arrived, from the click: the rest of the change is the page's drawing.
  const answered: number[] = [];
  const failures: string[] = [];
  const started = Date.now();
  let attempted = 0;
  for (let i = 0; i < changes; i++) {
    if (Date.now() - started > budgetMs) {
      failures.push(`stopped after ${i} changes: the ${budgetMs / 1000} s budget for all changes ran out`);
      break;
    }
    attempted++;
    const box = boxes.nth(i % n);
    const result = await box
      .evaluate(
        (el, timeout) =>
          new Promise<{ ms: number; answeredMs: number | null } | null>((resolve) => {
            const main = document.querySelector('main');
            const status = Array.from(document.querySelectorAll('[aria-live]')).find((e) => /claims/.test(e.textContent));
            if (!main || !status) {
              resolve(null);
              return;
            }
            const workers = (window as unknown as { __benchWorkers?: WorkerTracker }).__benchWorkers;
            const pending = () => workers?.pending.size ?? 0;
            const before = status.textContent;
            let statusChanged = false;
            let lastMain = -1;
            let renderedAt = -1;
            let finished = false;
            const finish = (value: { ms: number; answeredMs: number | null } | null) => {
              if (finished) return;
              finished = true;
              statusObserver.disconnect();
              mainObserver.disconnect();
              resolve(value);
            };
            const statusObserver = new MutationObserver(() => {
              if (status.textContent !== before) statusChanged = true;
            });
            // Re-rendered means a finished view, not an interim "Comparing…" indicator from an off-thread analysis.
            const busy = () => main.querySelector('.state-loading, [aria-busy="true"]') !== null;
            const mainObserver = new MutationObserver(() => {
              if (busy()) return;
              const at = performance.now();
              lastMain = at;
              // The frame that shows this change, then a task after its rendering (style, layout, paint).
              requestAnimationFrame(() => {
                const ch = new MessageChannel();
                ch.port1.onmessage = () => {
                  if (lastMain === at) renderedAt = performance.now();
                };
                ch.port2.postMessage(null);
              });
            });
            statusObserver.observe(status, { childList: true, subtree: true, characterData: true });
            mainObserver.observe(main, { childList: true, subtree: true, characterData: true, attributes: true });
            // Done when the status has changed, no engine request is out, the main view changed after the last engine
            // reply, and nothing has changed for 150 ms since (that quiet wait is not counted: the time is the frame after
            // the last change).
            const poll = () => {
              if (finished) return;
              const quiet = performance.now() - lastMain >= 150;
              const afterReply = workers === undefined || lastMain >= workers.lastReply || workers.lastReply < t0;
              if (statusChanged && lastMain >= 0 && renderedAt >= lastMain && pending() === 0 && afterReply && quiet)
                finish({
                  ms: renderedAt - t0,
                  answeredMs: workers !== undefined && workers.lastReply >= t0 ? workers.lastReply - t0 : null,
                });
              else setTimeout(poll, 25);
            };
            setTimeout(() => finish(null), timeout);
            const t0 = performance.now();
            (el as HTMLInputElement).click();
            setTimeout(poll, 25);
          }),
        perChangeTimeoutMs,
        // The element lookup itself waits on a page that may be busy with the previous change.
        { timeout: perChangeTimeoutMs + 30_000 },
      )
      .catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
    if (result instanceof Error) {
      failures.push(`change ${i + 1}: ${result.message.split('\n')[0] ?? 'failed'}`);
      log(`change ${i + 1}: failed (${result.message.split('\n')[0] ?? ''})`);
      break;
    }
    if (result === null) failures.push(`change ${i + 1}: no update within ${perChangeTimeoutMs / 1000} s`);
    else {
      samples.push(result.ms);
      if (result.answeredMs !== null) answered.push(result.answeredMs);
    }
    const shown =
      result === null
        ? 'timeout'
        : `${Math.round(result.ms)} ms${result.answeredMs === null ? '' : ` (engine answered at ${Math.round(result.answeredMs)} ms)`}`;
    log(`change ${i + 1}/${changes}: ${shown}`);
    await settle(page, 10_000);
  }
  return { samples, answered, failures, attempted };
}

/** Scrolls the matrix region by `step` px each animation frame for `frames` frames; returns the rAF frame-to-frame deltas. */
export async function measureMatrixScroll(
  page: Page,
  frames: number,
  step: number,
): Promise<{ deltas: number[]; axis: 'vertical' | 'horizontal' }> {
  const region = page.getByRole('region', { name: 'Matrix of measures and sources' });
  return region.evaluate(
    (el, { frames, step }) =>
      new Promise<{ deltas: number[]; axis: 'vertical' | 'horizontal' }>((resolve) => {
        const vertical = el.scrollHeight - el.clientHeight > step * frames * 0.5;
        const deltas: number[] = [];
        let last: number | null = null;
        let n = 0;
        const tick = (t: number) => {
          if (last !== null) deltas.push(t - last);
          last = t;
          if (n++ >= frames) {
            resolve({ deltas, axis: vertical ? 'vertical' : 'horizontal' });
            return;
          }
          if (vertical) el.scrollTop += step;
          else el.scrollLeft += step;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { frames, step },
  );
}

/** The published dataset's files, as the app fetches them at load. */
const DATA_FILES = ['articles.json', 'sources.json', 'measures.json', 'claims.json', 'events.json'];

/**
 * The floor under any load: fetch and JSON.parse of the same data files in a bare worker (no validation, no analysis, no
 * page), timed inside the worker. Served by the bench's own server at FLOOR_WORKER_PATH.
 */
export async function measureFloor(browser: Browser, url: string): Promise<number> {
  const { context, page } = await freshPage(browser);
  try {
    // A JSON file's page has no CSP, so the worker script from the same server may start there.
    await page.goto(`${url}data/sources.json`);
    return await page.evaluate(
      async ({ worker, files }) =>
        new Promise<number>((done, fail) => {
          const w = new Worker(worker);
          w.onmessage = (e: MessageEvent<number>) => {
            done(e.data);
            w.terminate();
          };
          w.onerror = () => fail(new Error('the floor worker failed'));
          w.postMessage(files);
        }),
      { worker: `${url}${FLOOR_WORKER_PATH}`, files: DATA_FILES.map((f) => `${url}data/${f}`) },
    );
  } finally {
    await context.close();
  }
}
