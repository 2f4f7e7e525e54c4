/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './scripts/vite-plugin-csp.ts';
import { earlyWorker } from './scripts/vite-plugin-early-worker.ts';
import { publishData } from './scripts/vite-plugin-data.ts';
import { embedPages } from './scripts/vite-plugin-embed.ts';
import { sharePages } from './scripts/vite-plugin-share-pages.ts';
import { firstLoadGroups, preloadsOf, workerServiceGroups } from './scripts/first-load-chunks.ts';

// BASE_PATH lets the build be served under a sub-path, e.g. BASE_PATH=/corroborate/.
const base = process.env.BASE_PATH ?? '/';

const UI_LAYERS = ['api', 'shared', 'features', 'app', 'testing'];

/**
 * The app keeps working offline once it has been opened (a classroom with no network): a service worker keeps the app's
 * files, and the last copy of each published data file it fetched. Data is asked of the network first, so a new
 * publication shows as soon as there is one; the copy is used only when the network fails.
 */
const offline = VitePWA({
  registerType: 'autoUpdate',
  // The app registers it once the first view has its answer (src/app/offline-copy.ts), not at the page's load event.
  injectRegister: false,
  manifest: false,
  workbox: {
    globPatterns: ['**/*.{js,css,html,woff2}'],
    // The link-preview pages and the embeds are for other sites; the app's own routes all fall back to index.html.
    globIgnores: ['compare/**', 'embed/**', 'embed.html'],
    navigateFallback: `${base}index.html`,
    navigateFallbackDenylist: [new RegExp(`^${base}(embed|data)/`)],
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    runtimeCaching: [
      {
        // A RegExp, not a function: the worker's code is written out as text, where `base` would not exist.
        urlPattern: new RegExp(`^[^?#]*${base.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}data/`),
        handler: 'NetworkFirst',
        options: { cacheName: 'corroborate-data', expiration: { maxEntries: 200 } },
      },
    ],
  },
});

export default defineConfig(({ command }) => ({
  base,
  plugins: [
    react(),
    publishData(),
    earlyWorker(),
    contentSecurityPolicy(),
    embedPages(),
    sharePages(),
    ...(process.env.VITEST ? [] : [offline]),
  ],
  // The number recogniser's "browser" build is a script with no exports; the browser gets its ES module build, which bundles
  // the same code. Vitest runs in Node and keeps the package's Node build.
  resolve: process.env.VITEST
    ? {}
    : {
        alias: [
          {
            find: /^@microsoft\/recognizers-text-number$/,
            replacement: '@microsoft/recognizers-text-number/dist/recognizers-text-number.es5.js',
          },
          // React Router 7's package points every import at its development build, with its warnings and checks
          // (remix-run/react-router#14102); the build takes the production build it ships beside it. The dev server keeps
          // the warnings.
          ...(command === 'build'
            ? [{ find: /^react-router$/, replacement: `${import.meta.dirname}/node_modules/react-router/dist/production/index.mjs` }]
            : []),
        ],
      },
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    // Every browser the build targets runs module scripts; one without `modulepreload` fetches the same files as it
    // imports them. The polyfill would be 0.4 KB of every first load. A page's own preloads (hostType html) fetch the
    // first load's files side by side; the lists in its code are trimmed (scripts/first-load-chunks.ts).
    modulePreload: {
      polyfill: false,
      resolveDependencies: (file, deps, { hostType }) => (hostType === 'html' ? deps : preloadsOf(file, deps)),
    },
    // The page's first load in four files (its entry, the runtime and two chunks), not twenty (scripts/first-load-chunks.ts).
    rolldownOptions: { output: { codeSplitting: { groups: firstLoadGroups(import.meta.dirname) } } },
  },
  // The dataset worker is a module worker whose small entry loads the rest of its code on demand (src/service/worker.ts).
  // Its service's code in one file (scripts/first-load-chunks.ts).
  worker: {
    format: 'es',
    rolldownOptions: { output: { codeSplitting: { groups: workerServiceGroups(import.meta.dirname) } } },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    restoreMocks: true,
    pool: 'threads',
    // Vitest's default is one worker fewer than the cores: a single worker on our 2-core machines, which left one core idle.
    maxWorkers: 2,
    // Budgets live in `npm run bench`; here a slow, loaded 2-core machine must not fail a test that is only slow.
    testTimeout: 30_000,
    // Pure code runs in Node without the DOM and the mocked network: their setup cost more than the tests themselves. A test
    // there that parses markup asks for a DOM itself (`// @vitest-environment happy-dom`).
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // In worker threads a streamed body served by the mocked network stalls (http.test.ts); child processes don't.
          pool: 'forks',
          include: ['src/domain/**/*.test.ts', 'src/service/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          setupFiles: ['./src/testing/setup-tests.ts'],
          include: UI_LAYERS.map((layer) => `src/${layer}/**/*.test.{ts,tsx}`),
          // One copy of react-router: nuqs's adapter and the app must share its context.
          server: { deps: { inline: ['nuqs'] } },
        },
      },
    ],
  },
}));
