// From a pasted article to reviewed claims: the review table suggests who said each figure, what it counts and when, and
// the keyboard accepts them all; the landing page then compares the new figures with the published ones.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { createFromPublished } from './workspaces.ts';

const ARTICLE =
  'PALMYRA, Syria — The Syrian Observatory for Human Rights said Russian jets carried out more than 40 air raids on Palmyra on Sunday.\n\n' +
  'The Russian Defence Ministry said its aircraft flew 25 combat sorties over Palmyra a day.\n\n' +
  'The Palmyra Revolution Coordination said 1,500 rockets and shells had hit the town since Wednesday.\n';

const RAIDS = 'Air raids on Palmyra, March 2016';

/** The "· N figures ·" count on a landing card. */
async function figuresOnCard(page: Page, ws: string, label: string): Promise<number> {
  await page.goto(`/?ws=${ws}`);
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: label }) });
  const line = card.getByText(/independent sources? · \d+ figures?/);
  await expect(line).toBeVisible({ timeout: 15_000 });
  return Number(/· (\d+) figures?/.exec((await line.textContent()) ?? '')?.[1]);
}

test('an analyst pastes a three-figure article and accepts every suggestion from the keyboard', async ({ page }) => {
  // A copy of the published dataset, an article, three claims and two visits to the landing page.
  test.slow();
  const ws = await createFromPublished(page, 'Review check');
  const before = await figuresOnCard(page, ws, RAIDS);

  await page.goto(`/workbench/articles/new?ws=${ws}`);
  await page.getByLabel('Or paste the article’s text').fill(ARTICLE);
  await page.getByLabel('Headline').fill('Jets pound Palmyra');
  await page.getByLabel('Outlet').selectOption({ label: 'Arab News' });
  await page.getByLabel('Date published').fill('2016-03-21');
  await page.getByLabel('Evidence for the date').fill('Dateline above the headline');
  await page.getByRole('button', { name: 'Save the article' }).click();

  const table = page.getByRole('table', { name: 'Proposed figures of “Jets pound Palmyra”, with their suggested claims' });
  await expect(table).toBeVisible({ timeout: 15_000 });
  const row = (figure: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${figure}`) }) });
  // Each suggestion is what the text says, with why.
  await expect(row('more than 40')).toContainText('Syrian Observatory for Human Rights');
  await expect(row('more than 40')).toContainText(RAIDS);
  await expect(row('more than 40')).toContainText('20 March 2016');
  await expect(row('25 combat sorties over Palmyra a day')).toContainText('Russian Defence Ministry');
  await expect(row('1,500')).toContainText('Palmyra Revolution Coordination');
  await expect(row('1,500')).toContainText('16–21 March 2016');
  await expect(row('1,500')).toContainText('from “since Wednesday”');
  await expectNoAxeViolations(page);

  // The place, once, then the keyboard: Tab to "Accept all ready", Enter.
  const place = page.getByLabel('Place of these figures');
  await place.fill('Palmyra');
  let keystrokes = 0;
  const press = async (key: string) => {
    keystrokes++;
    await page.keyboard.press(key);
  };
  await press('Tab');
  await expect(page.getByRole('button', { name: 'Accept all ready (3)' })).toBeFocused();
  await press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Accepted 3 claims.' })).toBeVisible();
  await expect(page.getByText('Every proposed figure has been reviewed.')).toBeFocused();
  expect(keystrokes).toBe(2);
  await expect(page.getByRole('heading', { name: 'Claims from this article (3)' })).toBeVisible();
  await expect(table.getByText('Accepted')).toHaveCount(3);

  // The landing page compares the new figures with the published ones: the raids card also weighs sorties as raids, so
  // both the Observatory's raids and the ministry's sorties join it.
  expect(await figuresOnCard(page, ws, RAIDS)).toBe(before + 2);
  await expect(page.getByRole('link', { name: /^Syrian Observatory for Human Rights: more than about 40 raids a day\./ })).toBeVisible();
});
