// End-to-end tests against the production build. Run through scripts/run-e2e.mjs, which builds dist/ and dist-subpath/ first.
import { defineConfig, devices } from '@playwright/test';

const CI = Boolean(process.env.CI);
const useBundledBrowser = process.env.PW_USE_BUNDLED_BROWSER === '1';

// E2E_PORT lets two checkouts run their suites side by side without sharing a preview server.
const APP_PORT = Number(process.env.E2E_PORT ?? 4173);
export const APP_URL = `http://127.0.0.1:${APP_PORT}/`;
export const SUBPATH_URL = `http://127.0.0.1:${APP_PORT + 1}/corroborate/`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  forbidOnly: CI,
  workers: 2,
  retries: CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    // The offline service worker would answer requests the tests route to fake faults; only the offline test lets it run.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(useBundledBrowser ? {} : { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }),
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--no-sandbox',
        '--disable-gpu',
      ],
    },
  },
  projects: [
    {
      name: 'app',
      testIgnore: [/\.subpath\.spec\.ts$/, /big-input\.spec\.ts$/],
      use: { ...devices['Desktop Chrome'], baseURL: APP_URL },
    },
    // The timed journeys (how long the page is blocked while big files are read and big views open) run after the rest,
    // one at a time, so their figures measure the app and not the other tests sharing the two cores. Run them alone with
    // `npm run test:e2e -- --project timed --no-deps`.
    {
      name: 'timed',
      testMatch: /big-input\.spec\.ts$/,
      dependencies: ['app', 'subpath'],
      fullyParallel: false,
      workers: 1,
      use: { ...devices['Desktop Chrome'], baseURL: APP_URL },
    },
    {
      name: 'subpath',
      testMatch: /\.subpath\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], baseURL: SUBPATH_URL },
    },
  ],
  webServer: [
    {
      command: `npx vite preview --outDir dist --port ${APP_PORT} --strictPort --host 127.0.0.1`,
      url: APP_URL,
      reuseExistingServer: !CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx vite preview --outDir dist-subpath --base /corroborate/ --port ${APP_PORT + 1} --strictPort --host 127.0.0.1`,
      url: SUBPATH_URL,
      reuseExistingServer: !CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: { BASE_PATH: '/corroborate/' },
    },
  ],
});
