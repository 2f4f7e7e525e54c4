// Starts the dataset worker from the built index.html itself, while the page's own code still downloads and compiles:
// the worker asks for the published files as it starts, so they download while React starts instead of after.
import type { IndexHtmlTransformContext, Plugin } from 'vite';
import { EARLY_WORKER_GLOBAL, PUBLISHED_WORKER, showsPublished } from '../src/service/early-downloads';

/** The built dataset worker's file in `bundle` (assets/worker-<hash>.js); an error when there is none, or several. */
export function datasetWorkerFile(bundle: NonNullable<IndexHtmlTransformContext['bundle']>): string {
  const files = Object.keys(bundle).filter((file) => /^assets\/worker-[\w-]+\.js$/.test(file));
  if (files.length !== 1) throw new Error(`expected one dataset worker in the build, found ${files.length}: ${files.join(', ')}`);
  return files[0] as string;
}

/**
 * The page's first script: starts the worker at `url` for the published dataset when the address shows it (the app's own
 * `showsPublished`, written in as text). A worker that fails to load is noted, so the page shows the error instead of
 * waiting for it.
 */
export function earlyWorkerScript(url: string): string {
  return `(function () {
  try {
    if (typeof Worker === 'undefined' || !(${showsPublished.toString()})(location.search, location.pathname)) return;
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
