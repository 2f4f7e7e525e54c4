// What the app says, read as a journalist would: the verdicts on the landing, compare, sources and claim pages, and
// real-looking conflicts judged end to end after an import.
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { verdictCasesBundle } from '../src/testing/verdict-cases.ts';

/** Visible text outside any "How this is computed" disclosure must not speak of bounds. */
async function expectNoBoundsJargon(page: import('@playwright/test').Page): Promise<void> {
  const text = await page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('details.how-computed').forEach((d) => d.remove());
    return copy.innerText;
  });
  expect(text).not.toMatch(/lower bound|upper bound/);
  expect(text).not.toMatch(/sorties[^.;]*raids a day \(Russian/);
}

test('landing and compare pages say who said what, in their own units, and keep the bounds behind a disclosure', async ({ page }) => {
  await page.goto('/');
  const site = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /ancient site intact/ }) });
  await expect(site).toContainText(
    'Maamoun Abdulkarim gave “80%”; the activist who escaped Palmyra said “completely disfigured and destroyed” (read as 0%). The two figures are at least 80 percentage points apart.',
  );
  await site.getByText('Why they may differ (7)').click();
  await expect(site.getByText(/^Change of control:/)).toBeVisible();
  await expect(site).toContainText('Change of control: Government forces retake Palmyra on 27 March 2016');
  await expect(site).toContainText('Measurement or rhetoric:');
  await expectNoBoundsJargon(page);
  // Open figures are never a confirmation.
  const killed = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /ISIS fighters killed in Palmyra, 11 December 2016/ }) });
  await expect(killed.getByText('No conflict, nothing confirmed')).toBeVisible();
  await expect(page.getByText(/Consensus/i)).toHaveCount(0);

  await page.goto('/compare/ancient-site-intact-palmyra-2016');
  await expect(page.getByRole('heading', { level: 1, name: /ancient site intact/ })).toBeVisible();
  await expect(page.getByText('at least 80 percentage points apart').first()).toBeVisible();
  await expect(page.getByText(/a gap of 80%/)).toHaveCount(0);
  await expectNoBoundsJargon(page);
  const how = page.locator('details.how-computed');
  await how.getByText('How this is computed').click();
  await expect(how).toContainText('the lower bound of one figure, 80%');
  await expectNoAxeViolations(page);
});

test('two figures from one source are told apart, and the sources page reads like the verdict', async ({ page }) => {
  await page.goto('/compare/isis-killed-palmyra-2016-12');
  await expect(page.getByText('Russian Defence Ministry (“scores”, 2016-12-11)').first()).toBeVisible();
  await expect(page.getByText('Russian Defence Ministry (“more than 300”, 2016-12-11)').first()).toBeVisible();
  await expect(page.getByText('No two figures contradict each other.')).toBeVisible();

  await page.goto('/sources');
  const ministry = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Russian Defence Ministry', exact: true }) });
  await ministry.getByText('Distance from the others, measure by measure').click();
  await expect(ministry).toContainText(
    'Air raids on Palmyra, March 2016: Palmyra Revolution Coordination’s figure, more than about 64 raids a day, is more than 2.5 times its own, 20–25 sorties a day',
  );
  await expect(ministry).not.toContainText('0.39×');
  // Each figure counts once: the four columns add up to the figures made.
  const counts = await ministry.locator('dl.stats dd').allTextContents();
  const [made, ...rest] = counts.map(Number);
  expect(rest.slice(0, 4).reduce((a, b) => a + b, 0)).toBe(made);
  const activist = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Activist who escaped Palmyra', exact: true }) });
  await activist.getByText('Distance from the others, measure by measure').click();
  await expect(activist).toContainText('is at least 80 percentage points below');
});

test('a claim page says how its figure compares', async ({ page }) => {
  await page.goto('/claims/c-09');
  const section = page.getByRole('region', { name: 'How it compares' });
  await expect(section).toContainText('counting one sortie as one raid');
});

test('real-looking conflicts imported as a bundle are judged as an analyst would', async ({ page }) => {
  await page.goto('/workbench');
  await page.getByLabel('Bundle file (.json.gz or .json)').setInputFiles({
    name: 'verdict-cases.corroborate.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(verdictCasesBundle()), 'utf8'),
  });
  await page.getByLabel('Name of the new workspace').fill('Qasr Hamra');
  await page.getByRole('button', { name: 'Import as a new workspace' }).click();
  await expect(page.getByText('Workspace: Qasr Hamra')).toBeVisible();

  await page.getByRole('link', { name: 'Where accounts diverge' }).click();
  const nested = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Civilians killed in Qasr Hamra/ }) });
  await expect(nested).toContainText('is at least 3.5 times the provincial governor’s, “100” people.');
  await expect(nested).toContainText('a rise between them is progress, not a contradiction');
  const families = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Families who fled Qasr Hamra/ }) });
  await expect(families).toContainText('No conflict, but open or vague figures confirm nothing.');

  await nested
    .getByRole('link', { name: /Fighters|Civilians killed/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(page.url().replace(/\/compare\/[^?]+/, '/compare/fighters-killed-qasr-hamra'));
  await expect(page.getByText('Accounts conflict')).toBeVisible();
  await expect(page.getByText('Killed fighters are part of those killed or wounded.').first()).toBeVisible();
  // The empty timeline of this workspace shows none of the published dataset's changes of control.
  await page.getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { name: 'Every claim in date order' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Changes of control' })).toHaveCount(0);
});
