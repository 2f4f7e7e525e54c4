// Two tabs on one workspace: each tab's change reaches the other without a reload, and neither overwrites the other's.
import type { Page } from '@playwright/test';
import { recordReliability } from '../src/testing/reliability-log.ts';
import { expect, test } from './fixtures.ts';
import { createFromPublished } from './workspaces.ts';

let lostRecords = 0;
test.afterEach(({}, testInfo) => {
  recordReliability({
    kind: 'fault',
    name: `two tabs: ${testInfo.title}`,
    cases: 1,
    passed: testInfo.status === testInfo.expectedStatus,
    crashes: testInfo.errors.some((e) => /page error/.test(e.message ?? '')) ? 1 : 0,
    lostRecords,
  });
});

const SOHR = 'Syrian Observatory for Human Rights';
const AIRWARS = 'Airwars';

const gradeForm = (page: Page, source: string) => page.getByRole('group', { name: `Your reliability grade for ${source}` });

async function grade(page: Page, source: string, value: string, reason: string): Promise<void> {
  const form = gradeForm(page, source);
  await form.getByLabel('Grade').selectOption(value);
  await form.getByLabel('Reason').fill(reason);
  await form.getByRole('button', { name: 'Save grade' }).click();
  await expect(form.getByText('Grade saved.')).toBeVisible();
}

test('grades saved in two tabs both show in both tabs, without a reload', async ({ page, context }) => {
  // A workspace copied, two tabs and four saves: beside a busy loop on each core it took over 30 s.
  test.slow();
  // Tab A creates the workspace; tab B opens the same one.
  const ws = await createFromPublished(page, 'Shared');

  const tabA = page;
  const tabB = await context.newPage();
  await tabA.goto(`/sources?ws=${ws}`);
  await tabB.goto(`/sources?ws=${ws}`);
  await expect(gradeForm(tabA, SOHR)).toBeVisible({ timeout: 15_000 });
  await expect(gradeForm(tabB, AIRWARS)).toBeVisible({ timeout: 15_000 });

  await grade(tabA, SOHR, 'B', 'Publishes its method');
  await grade(tabB, AIRWARS, 'C', 'Counts from local reports');

  // Each tab shows the other's grade, and still its own.
  for (const tab of [tabA, tabB]) {
    await expect(gradeForm(tab, SOHR).getByLabel('Grade')).toHaveValue('B');
    await expect(gradeForm(tab, SOHR).getByLabel('Reason')).toHaveValue('Publishes its method');
    await expect(gradeForm(tab, AIRWARS).getByLabel('Grade')).toHaveValue('C');
    await expect(gradeForm(tab, AIRWARS).getByLabel('Reason')).toHaveValue('Counts from local reports');
  }

  // And after a reload, both are stored: neither tab's write replaced the other's.
  await tabA.reload();
  await expect(gradeForm(tabA, SOHR).getByLabel('Grade')).toHaveValue('B', { timeout: 15_000 });
  const stored = [
    await gradeForm(tabA, SOHR).getByLabel('Grade').inputValue(),
    await gradeForm(tabA, AIRWARS).getByLabel('Grade').inputValue(),
  ];
  lostRecords = stored.filter((g) => g === '').length;
  expect(stored).toEqual(['B', 'C']);
});

test('a claim grade saved in one tab shows on the same claim page open in another tab', async ({ page, context }) => {
  const ws = await createFromPublished(page, 'Shared claims');
  const tabB = await context.newPage();

  // Tab B watches a claim page; tab A grades the same claim.
  await tabB.goto(`/claims/c-03?ws=${ws}`);
  const claimForm = (tab: Page) => tab.getByRole('group', { name: 'Your credibility grade for this claim' });
  await expect(claimForm(tabB)).toBeVisible({ timeout: 15_000 });
  await page.goto(`/claims/c-03?ws=${ws}`);
  await claimForm(page).getByLabel('Grade').selectOption('2');
  await claimForm(page).getByRole('button', { name: 'Save grade' }).click();
  await expect(claimForm(page).getByText('Grade saved.')).toBeVisible();
  await expect(claimForm(tabB).getByLabel('Grade')).toHaveValue('2');
  lostRecords = (await claimForm(tabB).getByLabel('Grade').inputValue()) === '2' ? 0 : 1;
});
