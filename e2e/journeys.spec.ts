// The comparison app's journeys, written the way each of its users works, against the production build.
import { expect, test } from './fixtures.ts';

test('a journalist checks "more than 900 raids" against the Defence Ministry and copies the citation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  // The landing page ranks the air-raids comparison among the conflicts: a plain headline, both figures as said, and why they may differ.
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Air raids on Palmyra/ }) });
  await expect(card).toContainText(
    'The Palmyra Revolution Coordination counted more than 2.5 times as many raids a day as the Russian Defence Ministry reported sorties, counting one sortie as one raid.',
  );
  await expect(card).toContainText(
    'Palmyra Revolution Coordination: “More than 900” raids (≈ more than about 64 raids a day if spread evenly over 14 days)',
  );
  await expect(card).toContainText('Russian Defence Ministry: “20 to 25” sorties a day');
  await expect(card.getByText('Accounts conflict')).toBeVisible();
  await card.getByText('Why they may differ (6)').click();
  await expect(card).toContainText('Definition: Raids counted from the ground vs combat sorties flown');

  await card.getByRole('link', { name: /Air raids on Palmyra/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Air raids on Palmyra/ })).toBeVisible();
  // A figure's own entry is the one that links to its quote (the reasons above it may quote it too).
  const figures = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Quote in the article and provenance' }) });
  const raids = figures.filter({ hasText: 'More than 900 raids targeted the city in the past two weeks' });
  const sorties = figures.filter({ hasText: 'an average of 20 to 25 combat sorties daily' });
  await expect(raids).toContainText('Contradicted by another source');
  await expect(sorties).toContainText('Contradicted by another source');
  await expect(sorties).toContainText('As said: “20 to 25” sorties a day');
  await expect(page.getByText(/Raids counted from the ground vs combat sorties flown/).first()).toBeVisible();

  await raids.getByRole('link', { name: 'Quote in the article and provenance' }).click();
  const article = page.getByRole('region', { name: /Text of “Russia jets destroying Palmyra/ });
  await expect(article.locator('mark')).toHaveText('More than 900 raids targeted the city in the past two weeks');
  await expect(article.locator('mark')).toBeInViewport();

  await page.getByRole('button', { name: 'Copy citation' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Citation copied.' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Palmyra Revolution Coordination');
  expect(copied).toContain('“More than 900 raids targeted the city in the past two weeks”');
  expect(copied).toContain('(date inferred, not printed)');
});

test('a teacher groups the site-intact comparison by date and the shared link reloads the same view', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('link', { name: /Share of Palmyra’s ancient site intact/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /ancient site intact/ })).toBeVisible();
  await page.getByRole('button', { name: 'Date' }).click();
  await expect(page).toHaveURL(/group=date/);
  const sections = page.getByRole('heading', { level: 3 });
  // Neither figure says when it was said, so both sit at their report's date, and the page says so.
  await expect(sections).toHaveText([/^2016-03-23, date of the report/, /^2016-03-29, date of the report/]);
  const before = await sections.allTextContents();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Date' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(before);

  // Back returns to the grouping by source.
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Source' })).toHaveAttribute('aria-pressed', 'true');
});

test('an analyst filters to monitoring groups and the matrix and charts follow', async ({ page }) => {
  await page.goto('/matrix');
  const matrix = page.getByRole('region', { name: 'Matrix of measures and sources' });
  await expect(matrix.getByRole('columnheader', { name: /Russian Defence Ministry/ })).toBeVisible();

  await page.locator('summary', { hasText: 'Source kind' }).click();
  await page.getByRole('checkbox', { name: /monitoring group/ }).check();
  await expect(page).toHaveURL(/kind=monitoring\+group|kind=monitoring%20group/);
  await expect(page.getByText(/Showing \d+ of 50 claims/)).toBeVisible();
  await expect(matrix.getByRole('columnheader', { name: /Russian Defence Ministry/ })).toHaveCount(0);
  await expect(matrix.getByRole('columnheader', { name: /Syrian Observatory for Human Rights/ })).toBeVisible();

  // The filter travels with the navigation: the overview's charts show only monitoring groups.
  await page.getByRole('link', { name: 'Where accounts diverge' }).click();
  await expect(page).toHaveURL(/kind=monitoring/);
  await expect(page.getByRole('img', { name: /Russian Defence Ministry/ })).toHaveCount(0);
  await expect(page.getByText(/Showing \d+ of 50 claims/)).toBeVisible();
});
