import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { EARLY_WORKER_GLOBAL, PUBLISHED_WORKER } from '../src/service/early-downloads';
import { policyFor, inlineScripts, CSP } from './vite-plugin-csp';
import { datasetWorkerFile, earlyWorkerScript } from './vite-plugin-early-worker';

const asset = { type: 'asset' } as never;

/** Runs the page's first script at `href`, with a Worker that records what it was started with. */
function runAt(href: string, withWorker = true) {
  const started: { url: string; options: unknown; listeners: Map<string, () => void> }[] = [];
  class FakeWorker {
    listeners = new Map<string, () => void>();
    constructor(url: string, options: unknown) {
      started.push({ url, options, listeners: this.listeners });
    }
    addEventListener(type: string, listener: () => void) {
      this.listeners.set(type, listener);
    }
  }
  const url = new URL(href);
  const window: Record<string, unknown> = {};
  runInNewContext(earlyWorkerScript('/base/assets/worker-abc.js'), {
    window,
    location: { search: url.search, pathname: url.pathname },
    URLSearchParams,
    ...(withWorker && { Worker: FakeWorker }),
  });
  return { started, early: window[EARLY_WORKER_GLOBAL] as { worker: FakeWorker; failed: boolean } | undefined };
}

describe('the page’s first script', () => {
  it('starts the published dataset’s worker at once, and notes a worker that failed to load', () => {
    const { started, early } = runAt('https://example.org/base/compare/x?group=date');
    expect(started.map((s) => [s.url, s.options])).toEqual([['/base/assets/worker-abc.js', { type: 'module', name: PUBLISHED_WORKER }]]);
    expect(early?.failed).toBe(false);
    started[0]?.listeners.get('error')?.();
    expect(early?.failed).toBe(true);
  });

  it('starts none for a workspace, the workbench, or where there are no workers', () => {
    for (const href of ['https://example.org/?ws=w1', 'https://example.org/base/workbench', 'https://example.org/workbench/sources?x=1']) {
      expect(runAt(href)).toEqual({ started: [], early: undefined });
    }
    expect(runAt('https://example.org/', false)).toEqual({ started: [], early: undefined });
  });

  it('finds the one dataset worker of the build', () => {
    expect(datasetWorkerFile({ 'assets/main-1.js': asset, 'assets/worker-Dy5_OAJ.js': asset })).toBe('assets/worker-Dy5_OAJ.js');
    expect(() => datasetWorkerFile({ 'assets/main-1.js': asset })).toThrow(/found 0/);
    expect(() => datasetWorkerFile({ 'assets/worker-a.js': asset, 'assets/worker-b.js': asset })).toThrow(/found 2/);
  });
});

describe('the page’s Content-Security-Policy', () => {
  it('allows each inline script of the page by its hash, and no other', () => {
    const script = earlyWorkerScript('/assets/worker-abc.js');
    const html = `<head><script type="module" src="/assets/main.js"></script><script>${script}</script></head>`;
    expect(inlineScripts(html)).toEqual([script]);
    const policy = policyFor(inlineScripts(html));
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]{43}='; /);
    expect(policy).not.toContain('unsafe-inline');
    expect(policyFor([])).toBe(CSP);
  });
});
