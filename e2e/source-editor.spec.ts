// Sources as they are: record a spokesperson in a workspace, tie him to the body he speaks for, and see the compare view count
// his figure and his organisation's as one voice.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { createFromPublished } from './workspaces.ts';

const MEASURE = 'isis-killed-or-wounded-syrian-strike-palmyra-2015-05';
const MEASURE_OPTION = 'ISIS fighters killed or wounded by a Syrian air strike at Palmyra, 20 May 2015 (fighters)';
const ARTICLE =
  'DAMASCUS — An army spokesman said on state television that the strike near Palmyra killed and wounded dozens of militants.\n';

/** The compare view's line that counts independent sources. */
async function expectVoices(page: Page, ws: string, sentence: string) {
  await page.goto(`/compare/${MEASURE}?ws=${ws}`);
  await expect(page.getByRole('heading', { level: 1, name: /ISIS fighters killed or wounded/ })).toBeVisible();
  await expect(page.getByText(sentence)).toBeVisible();
}

test('a spokesman recorded under his army counts as one voice with it', async ({ page }) => {
  // Two forms, an article and three visits to the compare view: more than the default 30 s on a loaded machine.
  test.slow();
  const ws = await createFromPublished(page, 'Spokesman check');

  // Reached from the workspace's card in the workbench.
  await page.getByRole('listitem').filter({ hasText: 'Spokesman check' }).getByRole('link', { name: 'Sources Spokesman check' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sources in this workspace' })).toBeVisible();
  await page.getByRole('button', { name: 'Add a source' }).click();
  let form = page.getByRole('form', { name: 'New source' });
  await form.getByLabel('Name', { exact: true }).fill('Syrian army spokesman');
  await form.getByLabel('Kind of source').selectOption('military');
  await form.getByLabel('Side it is tied to').fill('Syrian government');
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: 'Save the source' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added the source “Syrian army spokesman”.' })).toBeVisible();

  // His figure, from an article added to the workspace.
  await page.goto(`/workbench/articles/new?ws=${ws}`);
  await page.getByLabel('Or paste the article’s text').fill(ARTICLE);
  await page.getByLabel('Headline').fill('Army says strike hit militants');
  await page.getByLabel('Outlet').selectOption({ label: 'A new outlet…' });
  await page.getByLabel('Name of the new outlet').fill('The Courier');
  await page.getByLabel('Date published').fill('2015-05-21');
  await page.getByLabel('Evidence for the date').fill('Dateline above the headline');
  await page.getByRole('button', { name: 'Save the article' }).click();
  const text = page.getByRole('region', { name: 'Text of “Army says strike hit militants”' });
  await text.getByRole('button', { name: 'dozens' }).click();
  const claim = page.getByRole('form', { name: 'New claim' });
  await claim.getByLabel('Claimant').selectOption({ label: 'Syrian army spokesman (military)' });
  await claim.getByLabel('Measure').selectOption({ label: MEASURE_OPTION });
  await claim.getByLabel('Place').fill('Palmyra');
  await claim.getByRole('button', { name: 'Save the claim' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the claim “dozens”.' })).toBeVisible();

  // The army and its spokesman each say "dozens": counted apart, they look like two sources agreeing.
  await expectVoices(page, ws, 'Compared in fighters. 2 independent sources.');

  // Tie him to the army, from the sources page of the workspace.
  await page.goto(`/sources?ws=${ws}`);
  await page.getByRole('link', { name: 'Edit the sources of this workspace' }).click();
  await page.getByRole('button', { name: 'Edit Syrian army spokesman' }).click();
  form = page.getByRole('form', { name: 'Edit “Syrian army spokesman”' });
  await form.getByLabel('Parent organisation').selectOption({ label: 'Syrian army' });
  await form.getByLabel('Add another name').fill('army spokesman');
  await form.getByRole('button', { name: 'Add the name' }).click();
  await form.getByRole('button', { name: 'Save the source' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the source “Syrian army spokesman”.' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Syrian army spokesman' })).toContainText(
    'Part of: Syrian army (their figures count as one voice)',
  );

  await expectVoices(page, ws, 'Compared in fighters. 1 independent source.');
});

for (const width of [360, 1440]) {
  test(`the source form fits a ${width} px screen`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 900 });
    const ws = await createFromPublished(page, `Narrow ${width}`);
    await page.goto(`/workbench/sources?ws=${ws}`);
    await page.getByRole('button', { name: 'Edit Rami Abdel Rahman' }).click();
    const form = page.getByRole('form', { name: 'Edit “Rami Abdel Rahman”' });
    await form.getByLabel('Add another name').fill('the Observatory’s director');
    await form.getByRole('button', { name: 'Add the name' }).click();
    await expect(form.getByRole('button', { name: 'Remove the name “the Observatory’s director”' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`source-editor-${width}.png`), fullPage: true });
    // Nothing is cut off: the page never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

test('an unused source is deleted after asking and comes back with Undo; one in use is refused, saying what uses it', async ({ page }) => {
  const ws = await createFromPublished(page, 'Delete check');
  await page.goto(`/workbench/sources?ws=${ws}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sources in this workspace' })).toBeVisible();

  // In use: two claims and two sources that speak for it.
  await page.getByRole('button', { name: 'Edit Syrian army', exact: true }).click();
  let panel = page.getByRole('region', { name: 'Source form' });
  await panel.getByRole('button', { name: 'Delete this source' }).click();
  const refusal = panel.getByRole('alert');
  await expect(refusal).toContainText(
    '“Syrian army” cannot be deleted. Used by 2 claims (as claimant in 2) and 2 sources (as the body it speaks for): reassign them first.',
  );
  await expect(refusal.getByRole('listitem')).toHaveCount(4);
  await expect(refusal.getByRole('listitem').first()).toHaveText('the claim “dozens” in “Damascus cedes Palmyra to ISIS”');
  await expectNoAxeViolations(page);
  await panel.getByRole('button', { name: 'Cancel' }).click();

  // Unused: a source just added.
  await page.getByRole('button', { name: 'Add a source' }).click();
  const form = page.getByRole('form', { name: 'New source' });
  await form.getByLabel('Name', { exact: true }).fill('Spare monitor');
  await form.getByLabel('Kind of source').selectOption('monitoring group');
  await form.getByLabel('Side it is tied to').fill('independent');
  await form.getByRole('button', { name: 'Save the source' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added the source “Spare monitor”.' })).toBeVisible();
  await page.getByRole('button', { name: 'Edit Spare monitor' }).click();
  panel = page.getByRole('region', { name: 'Source form' });
  await panel.getByRole('button', { name: 'Delete this source' }).click();
  await expect(panel.getByRole('alert')).toContainText('Delete “Spare monitor”? No claim, article or source uses it.');
  await panel.getByRole('button', { name: 'Delete “Spare monitor”' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted the source “Spare monitor”.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit Spare monitor' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored the source “Spare monitor”.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit Spare monitor' })).toBeVisible();
});
