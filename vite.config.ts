/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './scripts/vite-plugin-csp.ts';
import { publishData } from './scripts/vite-plugin-data.ts';
import { embedPages } from './scripts/vite-plugin-embed.ts';
import { sharePages } from './scripts/vite-plugin-share-pages.ts';

// BASE_PATH lets the build be served under a sub-path, e.g. BASE_PATH=/corroborate/.
const base = process.env.BASE_PATH ?? '/';

const UI_LAYERS = ['api', 'shared', 'features', 'app', 'testing'];

export default defineConfig({
  base,
  plugins: [react(), publishData(), contentSecurityPolicy(), embedPages(), sharePages()],
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
        ],
      },
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    restoreMocks: true,
    pool: 'threads',
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
});
