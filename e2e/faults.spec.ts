// Network faults on the dataset request: each gives a clear message naming what went wrong, and a retry that works.
import { recordReliability } from '../src/testing/reliability-log.ts';
import { scenarios } from '../src/testing/msw/handlers.ts';
import { expect, test } from './fixtures.ts';

type ScenarioName = keyof typeof scenarios;

const FAULTS: { scenario: ScenarioName; title: string; message: RegExp; console: RegExp[] }[] = [
  {
    scenario: 'offline',
    title: 'the network is down',
    message: /Could not reach .*claims\.json: the network request failed/,
    console: [/net::ERR_FAILED/],
  },
  { scenario: 'serverError', title: 'the server answers 500', message: /claims\.json answered 500/, console: [/status of 500/] },
  { scenario: 'truncated', title: 'the file is cut off half-way', message: /claims\.json is not valid JSON/, console: [] },
  { scenario: 'malformed', title: 'the file is not JSON', message: /claims\.json is not valid JSON/, console: [] },
  {
    scenario: 'invalidSchema',
    title: 'the JSON breaks the schema',
    message: /claims\.json does not match the dataset format/,
    console: [],
  },
];

test.afterEach(({}, testInfo) => {
  recordReliability({
    kind: 'fault',
    name: `network: ${testInfo.title}`,
    cases: 1,
    passed: testInfo.status === testInfo.expectedStatus,
    crashes: testInfo.errors.some((e) => /page error/.test(e.message ?? '')) ? 1 : 0,
    lostRecords: 0,
  });
});

for (const fault of FAULTS) {
  test.describe(() => {
    test.use({ allowedConsoleErrors: fault.console });
    test(`when ${fault.title}, the user is told and Retry recovers`, async ({ page, network }) => {
      network.use(...scenarios[fault.scenario]());
      await page.goto('/');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(fault.message, { timeout: 20_000 });
      await expect(alert.getByRole('heading')).toHaveText('Could not load the dataset');
      // Navigation still works while the dataset is missing: the app is not a blank page.
      await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
      network.resetHandlers();
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 2, name: /Air raids on Palmyra/ })).toBeVisible();
    });
  });
}

test('when the server does not answer for over ten seconds, the user is told and Retry recovers', async ({ page, network }) => {
  test.slow();
  network.use(...scenarios.slow());
  await page.goto('/');
  await expect(page.getByRole('status')).toContainText(/Downloading the dataset|Loading the dataset/);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Loading the dataset is taking longer than it should', { timeout: 20_000 });
  network.resetHandlers();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Air raids on Palmyra/ })).toBeVisible({ timeout: 15_000 });
});
