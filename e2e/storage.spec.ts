// Storage faults: a browser without IndexedDB (private windows) and a full disk. The user keeps working, is told what is
// and is not saved, can export, and never loses what was saved before.
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { parseBundle } from '../src/domain/bundle.ts';
import { recordReliability } from '../src/testing/reliability-log.ts';
import { expect, test } from './fixtures.ts';
import { createFromPublished } from './workspaces.ts';

const SOHR = 'Syrian Observatory for Human Rights';
const AIRWARS = 'Airwars';

/** Records lost in the current test (set by the checks below), reported with the scenario. */
let lostRecords = 0;
test.beforeEach(() => {
  lostRecords = 0;
});
test.afterEach(({}, testInfo) => {
  recordReliability({
    kind: 'fault',
    name: `storage: ${testInfo.title}`,
    cases: 1,
    passed: testInfo.status === testInfo.expectedStatus,
    crashes: testInfo.errors.some((e) => /page error/.test(e.message ?? '')) ? 1 : 0,
    lostRecords,
  });
});

/** The grade form of one source on the sources page. */
function gradeForm(page: Page, source: string) {
  return page.getByRole('group', { name: `Your reliability grade for ${source}` });
}

async function grade(page: Page, source: string, value: string, reason: string): Promise<void> {
  const form = gradeForm(page, source);
  await form.getByLabel('Grade').selectOption(value);
  await form.getByLabel('Reason').fill(reason);
  await form.getByRole('button', { name: 'Save grade' }).click();
}

async function openSources(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Sources', exact: true }).click();
  await expect(gradeForm(page, SOHR)).toBeVisible({ timeout: 15_000 });
}

const PRIVATE_MODES = [
  {
    title: 'without IndexedDB (a private window), work goes on in memory, the user is told, and export gives a valid bundle',
    // Some private modes offer no IndexedDB at all.
    script: () => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    },
  },
  {
    title: 'when IndexedDB refuses to open, work goes on in memory, the user is told, and export gives a valid bundle',
    // Others have it, but opening a database fails (Firefox's private windows did, for years).
    script: () => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      };
    },
  },
];

for (const mode of PRIVATE_MODES) {
  test(mode.title, async ({ page }) => {
    await page.addInitScript(mode.script);
    await createFromPublished(page, 'Private notes');
    const warning = page.locator('.storage-warning').filter({ hasText: 'Your work is not being saved in this browser' });
    await expect(warning).toBeVisible();

    await openSources(page);
    await grade(page, SOHR, 'B', 'Publishes its method');
    await expect(gradeForm(page, SOHR).getByText('Grade saved.')).toBeVisible();
    await expect(warning).toBeVisible();

    // The banner's Export downloads the work so far, as a bundle the import (and data:check) accept.
    const [download] = await Promise.all([page.waitForEvent('download'), warning.getByRole('button', { name: 'Export' }).click()]);
    const text = gunzipSync(await readFile(await download.path())).toString('utf8');
    const parsed = parseBundle(text, download.suggestedFilename());
    if (!parsed.ok) throw new Error(`the exported bundle was refused: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
    expect(parsed.content.dataset.claims.length).toBe(50);
    expect(parsed.content.grades.sources).toEqual([{ sourceId: 'sohr', grade: 'B', reason: 'Publishes its method' }]);
    if (parsed.content.grades.sources.length !== 1) lostRecords = 1;
  });
}

test('when the disk is full, the user is told the change was not saved, and everything saved before survives a reload', async ({
  page,
}) => {
  // Every IndexedDB write fails as a full disk does, once the test sets the flag (the page cannot tell it from the real thing).
  await page.addInitScript(() => {
    const w = window as unknown as { __storageFull?: boolean };
    const { put, add } = IDBObjectStore.prototype as unknown as Record<'put' | 'add', (...args: unknown[]) => IDBRequest>;
    const failing = (original: (...args: unknown[]) => IDBRequest) =>
      function (this: IDBObjectStore, ...args: unknown[]) {
        if (w.__storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    Object.assign(IDBObjectStore.prototype, { put: failing(put), add: failing(add) });
  });
  await createFromPublished(page, 'Full disk');
  await openSources(page);
  await grade(page, SOHR, 'B', 'Publishes its method');
  await expect(gradeForm(page, SOHR).getByText('Grade saved.')).toBeVisible();

  await page.evaluate(() => {
    (window as unknown as { __storageFull?: boolean }).__storageFull = true;
  });
  await grade(page, AIRWARS, 'C', 'Not saved: the disk is full');
  const failed = gradeForm(page, AIRWARS).getByRole('alert');
  await expect(failed).toHaveText(
    'Not saved: The browser’s storage is full: this change was not saved. Export your workspace to keep a copy.',
  );
  // The app keeps working while storage is full: another view opens, and the saved grade is still shown.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Matrix' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Matrix/ })).toBeVisible();

  // After a reload (storage works again), the grade saved before is there and the refused one left nothing behind.
  await page.goBack();
  await page.reload();
  await expect(gradeForm(page, SOHR)).toBeVisible({ timeout: 15_000 });
  await expect(gradeForm(page, SOHR).getByLabel('Grade')).toHaveValue('B');
  await expect(gradeForm(page, SOHR).getByLabel('Reason')).toHaveValue('Publishes its method');
  await expect(gradeForm(page, AIRWARS).getByLabel('Grade')).toHaveValue('');
  if ((await gradeForm(page, SOHR).getByLabel('Grade').inputValue()) !== 'B') lostRecords = 1;

  // Export shows the stored state: one grade, all 50 claims, and the workspace is not half-written.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Workbench' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export this workspace' }).click(),
  ]);
  const parsed = parseBundle(gunzipSync(await readFile(await download.path())).toString('utf8'), download.suggestedFilename());
  if (!parsed.ok) throw new Error(`the exported bundle was refused: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  lostRecords += Math.max(0, 50 - parsed.content.dataset.claims.length);
  expect(parsed.content.dataset.claims.length).toBe(50);
  expect(parsed.content.grades.sources).toEqual([{ sourceId: 'sohr', grade: 'B', reason: 'Publishes its method' }]);
});
