// Workbench journeys: a workspace exported and imported again comes back equal; a broken file is refused and nothing is lost.
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { createFromPublished } from './workspaces.ts';

/** Clicks an export button and returns the downloaded file's name and its text (the export is gzip-compressed JSON). */
async function download(page: Page, button: string): Promise<{ name: string; text: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const bytes = await readFile(await file.path());
  return { name: file.suggestedFilename(), text: gunzipSync(bytes).toString('utf8'), bytes };
}

async function chooseBundle(page: Page, name: string, text: string): Promise<void> {
  await page
    .getByLabel('Bundle file (.json.gz or .json)')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

test('a workspace exported and imported into a new workspace comes back equal', async ({ page }) => {
  // Two workspaces made, an export and an import: beside a busy loop on each core it took over 30 s.
  test.slow();
  await createFromPublished(page, 'Palmyra check');
  // A grade travels in the bundle too.
  await page.getByRole('link', { name: 'Sources', exact: true }).click();
  const form = page.getByRole('group', { name: 'Your reliability grade for Syrian Observatory for Human Rights' });
  await form.getByLabel('Grade').selectOption('B');
  await form.getByLabel('Reason').fill('Publishes its method');
  await form.getByRole('button', { name: 'Save grade' }).click();
  await expect(form.getByText('Grade saved.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Workbench' }).click();

  const first = await download(page, 'Export this workspace');
  expect(first.name).toBe('palmyra-check.corroborate.json.gz');
  const bundle = JSON.parse(first.text) as { format: string; claims: unknown[]; grades: { sources: unknown[] } };
  expect(bundle.format).toBe('corroborate-dataset');
  expect(bundle.claims.length).toBeGreaterThan(0);
  expect(bundle.grades.sources).toEqual([{ sourceId: 'sohr', grade: 'B', reason: 'Publishes its method' }]);

  // The compressed file itself goes back in, as a user would pick it.
  await page
    .getByLabel('Bundle file (.json.gz or .json)')
    .setInputFiles({ name: first.name, mimeType: 'application/gzip', buffer: first.bytes });
  const preview = page.getByRole('table', { name: /compared with “Palmyra check”/ });
  await expect(preview.getByRole('row', { name: /^Claims/ })).toContainText(`00${bundle.claims.length}`);
  await expectNoAxeViolations(page);
  await page.getByLabel('Name of the new workspace').fill('Round trip');
  await page.getByRole('button', { name: 'Import as a new workspace' }).click();
  await expect(page.getByText('Workspace: Round trip')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your workspaces' }).getByRole('heading', { level: 3 })).toHaveCount(2);

  const second = await download(page, 'Export this workspace');
  expect(second.name).toBe('round-trip.corroborate.json.gz');
  expect(second.text).toBe(first.text);
});

test('a broken file is refused with its errors listed, and nothing is lost', async ({ page }) => {
  await createFromPublished(page, 'Keep me');
  const before = await download(page, 'Export this workspace');

  const broken = JSON.parse(before.text) as { claims: { id: string; value: Record<string, unknown> }[] };
  const claim = broken.claims.find((c) => c.id === 'c-02');
  if (!claim) throw new Error('the shipped dataset has no claim c-02');
  claim.value.low = 'lots';
  await chooseBundle(page, 'broken.json', JSON.stringify(broken));
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: '“broken.json” was refused' })).toBeVisible();
  await expect(alert).toContainText('Nothing was imported; your workspaces are unchanged.');
  await expect(alert.getByRole('listitem')).toContainText([
    'claims.json › claim c-02 › value.low: Invalid input: expected number, received string',
  ]);
  await expect(page.getByRole('button', { name: 'Import as a new workspace' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await chooseBundle(page, 'notes.json', 'not JSON at all');
  await expect(page.getByRole('alert')).toContainText('notes.json: not valid JSON');

  // Still one workspace, open, and exactly as it was.
  await expect(page.getByRole('region', { name: 'Your workspaces' }).getByRole('heading', { level: 3 })).toHaveText(['Keep me open']);
  const after = await download(page, 'Export this workspace');
  expect(after.text).toBe(before.text);
});
