// Starts the dataset worker from the built index.html itself, while the page's own code still downloads and compiles:
// the worker asks for the published files as it starts, so they download while React starts instead of after.
import type { IndexHtmlTransformContext, Plugin } from 'vite';
import { PUBLISHED_WORKER } from '../src/service/early-downloads';

/** Where the page finds the worker started early (src/api/service.ts takes it from there). */
export const EARLY_WORKER_GLOBAL = '__corroborateWorker';

/** The built dataset worker's file in `bundle` (assets/worker-<hash>.js); an error when there is none, or several. */
export function datasetWorkerFile(bundle: NonNullable<IndexHtmlTransformContext['bundle']>): string {
  const files = Object.keys(bundle).filter((file) => /^assets\/worker-[\w-]+\.js$/.test(file));
  if (files.length !== 1) throw new Error(`expected one dataset worker in the build, found ${files.length}: ${files.join(', ')}`);
  return files[0] as string;
}

/**
 * The page's first script: starts the worker at `url` for the published dataset, unless the address is a workspace's
 * (?ws=) or the workbench's, which show none (as src/main.tsx decides). A worker that fails to load is noted, so the page
 * shows the error instead of waiting for it.
 */
export function earlyWorkerScript(url: string): string {
  return `(function () {
  try {
    if (typeof Worker === 'undefined' || new URLSearchParams(location.search).has('ws') || /\\/workbench(\\/|$)/.test(location.pathname)) return;
    var early = { worker: new Worker(${JSON.stringify(url)}, { type: 'module', name: ${JSON.stringify(PUBLISHED_WORKER)} }), failed: false };
    early.worker.addEventListener('error', function () { early.failed = true; });
    window.${EARLY_WORKER_GLOBAL} = early;
  } catch (e) {}
})();`;
}

/** Adds the script to the built index.html (not in dev, where the page starts the worker itself). */
export function earlyWorker(): Plugin {
  let base = '/';
  return {
    name: 'corroborate:early-worker',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        if (!ctx.bundle || ctx.path !== '/index.html') return [];
        const url = `${base}${datasetWorkerFile(ctx.bundle)}`;
        return [{ tag: 'script', children: earlyWorkerScript(url), injectTo: 'head' }];
      },
    },
  };
}
