// Measures linked by hand: a monitor's count of the killed, on a measure of its own, is set beside the army's count of the
// killed and wounded once the user says the first is part of the second, and the compare view's verdict changes.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { createFromPublished } from './workspaces.ts';

const WHOLE = 'isis-killed-or-wounded-syrian-strike-palmyra-2015-05';
const WHOLE_LABEL = 'ISIS fighters killed or wounded by a Syrian air strike at Palmyra, 20 May 2015';
const PART_LABEL = 'ISIS fighters killed by a Syrian air strike at Palmyra, 20 May 2015';
const ARTICLE = 'BEIRUT — The Observatory said the air strike near Palmyra killed dozens of militants.\n';

async function verdictOnWhole(page: Page, ws: string) {
  await page.goto(`/compare/${WHOLE}?ws=${ws}`);
  // Once linked, the two measures are one comparison, headed by either's label.
  await expect(page.getByRole('heading', { level: 1, name: /^ISIS fighters killed (or wounded )?by a Syrian air strike/ })).toBeVisible();
}

test('a count of the killed, declared part of the killed and wounded, joins the comparison', async ({ page }) => {
  // Two forms, an article and two visits to the compare view: more than the default 30 s on a loaded machine.
  test.slow();
  const ws = await createFromPublished(page, 'Measure links');

  // Before: the army's "dozens" killed or wounded stands alone.
  await verdictOnWhole(page, ws);
  await expect(page.getByText(/^Only the Syrian army gives a figure here/)).toBeVisible();

  // A measure for the killed alone, from the workspace's card, by keyboard.
  await page.goto('/workbench');
  await page.getByRole('listitem').filter({ hasText: 'Measure links' }).getByRole('link', { name: 'Measures Measure links' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Measures in this workspace' })).toBeVisible();
  await page.getByRole('button', { name: 'Add a measure' }).press('Enter');
  let form = page.getByRole('form', { name: 'New measure' });
  await expect(form.getByRole('heading', { name: 'New measure' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type(PART_LABEL);
  await page.keyboard.press('Tab');
  await page.keyboard.type('fighters');
  await form.getByRole('button', { name: 'Save the measure' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `Added the measure “${PART_LABEL}”.` })).toBeVisible();

  // The Observatory's figure on it, from an article added to the workspace.
  await page.goto(`/workbench/articles/new?ws=${ws}`);
  await page.getByLabel('Or paste the article’s text').fill(ARTICLE);
  await page.getByLabel('Headline').fill('Monitor counts militants killed at Palmyra');
  await page.getByLabel('Outlet').selectOption({ label: 'A new outlet…' });
  await page.getByLabel('Name of the new outlet').fill('The Courier');
  await page.getByLabel('Date published').fill('2015-05-21');
  await page.getByLabel('Evidence for the date').fill('Dateline above the headline');
  await page.getByRole('button', { name: 'Save the article' }).click();
  const text = page.getByRole('region', { name: 'Text of “Monitor counts militants killed at Palmyra”' });
  await text.getByRole('button', { name: 'dozens' }).click();
  const claim = page.getByRole('form', { name: 'New claim' });
  await claim.getByLabel('Claimant').selectOption({ label: 'Syrian Observatory for Human Rights (monitoring group)' });
  await claim.getByLabel('Measure').selectOption({ label: `${PART_LABEL} (fighters)` });
  await claim.getByLabel('Place').fill('Palmyra');
  await claim.getByRole('button', { name: 'Save the claim' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the claim “dozens”.' })).toBeVisible();

  // Not linked yet: the verdict is unchanged.
  await verdictOnWhole(page, ws);
  await expect(page.getByText(/^Only the Syrian army gives a figure here/)).toBeVisible();

  // Link killed to killed and wounded as a part, with a caveat, from the keyboard.
  await page.goto(`/workbench/measures?ws=${ws}`);
  await page.getByRole('button', { name: `Edit ${PART_LABEL}` }).press('Enter');
  form = page.getByRole('form', { name: `Edit “${PART_LABEL}”` });
  await form.getByRole('button', { name: 'Link to another measure' }).press('Enter');
  const linked = form.getByLabel('Linked measure');
  await expect(linked).toBeFocused();
  await linked.selectOption({ label: `${WHOLE_LABEL} (fighters)` });
  const link = form.getByRole('group', { name: `Link 1: to “${WHOLE_LABEL}”` });
  const part = link.getByRole('radio', {
    name: /^Part of — this measure counts part of what the other counts \(killed is part of killed and wounded\)/,
  });
  await part.focus();
  await page.keyboard.press('Space');
  await expect(part).toBeChecked();
  await link.getByRole('button', { name: 'Add a caveat to link 1' }).press('Enter');
  await link.getByLabel('Caveat 1: kind').selectOption('definition');
  await link.getByLabel('Caveat 1: what differs').fill('The monitor counts the dead only');
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: 'Save the measure' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `Saved the measure “${PART_LABEL}”.` })).toBeVisible();
  await expectNoAxeViolations(page);

  // After: both figures are set side by side, and neither confirms the other.
  await verdictOnWhole(page, ws);
  await expect(
    page.getByText(
      'The Syrian army and the Syrian Observatory for Human Rights both said “dozens” of fighters. No conflict, but open or vague figures confirm nothing.',
    ),
  ).toBeVisible();
  await expect(page.getByText(/^Only the Syrian army gives a figure here/)).toHaveCount(0);
});
