// Importing claims from a spreadsheet: a bad row is named by row and field and nothing is imported; fixed, every claim comes in.
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { createFromPublished } from './workspaces.ts';

const FILE_LABEL = 'Bundle file (.json.gz or .json) or claims CSV (.csv)';

/** The claim ids of the open workspace, read from its export as a user would download it. */
async function exportedClaimIds(page: Page): Promise<string[]> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export this workspace' }).click()]);
  const bundle = JSON.parse(gunzipSync(await readFile(await file.path())).toString('utf8')) as { claims: { id: string }[] };
  return bundle.claims.map((c) => c.id);
}

// The columns of the app's own claims CSV (names, not ids), as an analyst's spreadsheet might hold them.
const HEADER = 'claim id,article,claimant,measure,as written,low,high,place,quote,notes';
const STRIKES =
  'csv-strikes,"Russian onslaught forces Daesh out of Syria’s Palmyra",Russian Defence Ministry,russian-strikes-palmyra-2016-12,64,64,64,Palmyra,Russian warplanes conducted 64 air strikes,"=from the ministry\'s statement"';
const RAIDS =
  'csv-raids,a-000,Palmyra Revolution Coordination,Air raids on Palmyra; March 2016,More than 900,900,,Palmyra,More than 900 raids targeted the city in the past two weeks,';

function csv(rows: string[]): { name: string; mimeType: string; buffer: Buffer } {
  return { name: 'claims.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`, 'utf8') };
}

test('a claims CSV with one bad row names the row and field and imports nothing; fixed, its claims come in', async ({ page }) => {
  // Three exports of the whole workspace and an accessibility sweep: more than the default budget on a busy machine.
  test.slow();
  await createFromPublished(page, 'Spreadsheet check');
  const before = await exportedClaimIds(page);

  // Row 3's measure is written as no measure of the workspace is named.
  await page.getByLabel(FILE_LABEL).setInputFiles(csv([STRIKES, RAIDS]));
  const panel = page.getByRole('region', { name: 'Claims from “claims.csv”' });
  await expect(panel.getByRole('status')).toHaveText('1 row has problems: nothing will be imported.');
  await expect(panel.getByRole('listitem').filter({ hasText: 'claims.csv › row 3 › measure:' })).toHaveText(
    'claims.csv › row 3 › measure: there is no measure "Air raids on Palmyra; March 2016" in the open workspace (looked up by id and by label): add it first, or correct the cell',
  );
  await expect(panel.getByLabel('Column “measure”')).toHaveValue('measure');
  await expect(panel.getByRole('button', { name: 'Import the claims' })).toBeDisabled();
  await expectNoAxeViolations(page);
  expect(await exportedClaimIds(page)).toEqual(before);

  // Fixed: the measure by its label, as the spreadsheet had it.
  await page
    .getByLabel(FILE_LABEL)
    .setInputFiles(csv([STRIKES, RAIDS.replace('Air raids on Palmyra; March 2016', '"Air raids on Palmyra, March 2016"')]));
  await expect(panel.getByRole('status')).toHaveText('2 claims ready to import.');
  await panel.getByRole('button', { name: 'Import 2 claims into “Spreadsheet check”' }).click();
  await expect(page.getByText('Imported 2 claims from “claims.csv” into “Spreadsheet check”.')).toBeVisible();
  expect((await exportedClaimIds(page)).sort()).toEqual([...before, 'csv-raids', 'csv-strikes'].sort());

  // The imported claim opens with its quote, and its formula-looking note is kept as the text it is.
  const ws = new URL(page.url()).searchParams.get('ws');
  await page.goto(`/claims/csv-strikes?ws=${ws ?? ''}`);
  await expect(page.locator('blockquote.quote')).toHaveText('“Russian warplanes conducted 64 air strikes”');
  await expect(page.getByText("=from the ministry's statement")).toBeVisible();
});
