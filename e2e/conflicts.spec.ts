// Concurrent edits in several tabs of one browser (they share IndexedDB): no save is lost without the user choosing so.
// Each journey checks what the user sees, then the claim as stored, and counts edits reported saved but gone (lost updates).
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { toBundle } from '../src/domain/bundle.ts';
import { loadShippedDataset, readArticleText } from '../src/testing/real-dataset.ts';
import { recordReliability } from '../src/testing/reliability-log.ts';
import { expect, test } from './fixtures.ts';
import { createFromPublished } from './workspaces.ts';

const CLAIM = 'c-02';
const FIGURE = 'More than 900';
const EDIT_BUTTON = `Edit the claim “${FIGURE}”`;
const UPDATED = `Updated the claim “${FIGURE}”.`;
const CHANGED_NOTICE = 'This claim was changed in another tab. Your save will ask you which version to keep.';
const CHANGED_PANEL = 'Someone changed this claim in another tab after you opened it';

let lostUpdates = 0;
let lostRecords = 0;
test.beforeEach(() => {
  lostUpdates = 0;
  lostRecords = 0;
  // Several tabs each load and analyse the workspace; on a loaded machine that takes longer than one tab's journey.
  test.setTimeout(120_000);
});
test.afterEach(({}, testInfo) => {
  recordReliability({
    kind: 'fault',
    name: `concurrent tabs: ${testInfo.title}`,
    cases: 1,
    passed: testInfo.status === testInfo.expectedStatus,
    crashes: testInfo.errors.some((e) => /page error/.test(e.message ?? '')) ? 1 : 0,
    lostRecords,
    lostUpdates,
  });
});

/** Opens the claim's article in the tab and its edit form; returns the form. */
async function openClaimForm(page: Page, ws: string): Promise<Locator> {
  await page.goto(`/workbench/articles/a-000?ws=${ws}`);
  await page.getByRole('button', { name: EDIT_BUTTON, exact: true }).click({ timeout: 20_000 });
  const form = page.getByRole('form', { name: 'Edit the claim' });
  await expect(form).toBeVisible();
  return form;
}

async function newTabs(context: BrowserContext, count: number): Promise<Page[]> {
  return Promise.all(Array.from({ length: count }, () => context.newPage()));
}

/** A record as IndexedDB holds it now, read in the page (null when there is none). */
async function storedRecord(page: Page, table: string, ws: string, id: string): Promise<Record<string, unknown> | null> {
  return page.evaluate(
    ([table, ws, id]) =>
      new Promise<Record<string, unknown> | null>((resolve, reject) => {
        const open = indexedDB.open('corroborate');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(table).objectStore(table).get([ws, id]);
          request.onerror = () => reject(request.error ?? new Error('read failed'));
          request.onsuccess = () => {
            db.close();
            const row = request.result as { data: Record<string, unknown>; revision?: number } | undefined;
            resolve(row ? { ...row.data, storedRevision: row.revision ?? 1 } : null);
          };
        };
      }),
    [table, ws, id] as const,
  );
}

/** How many rows each store holds for the workspace (the workspaces store: 1 while it exists). */
async function rowCounts(page: Page, ws: string): Promise<Record<string, number>> {
  return page.evaluate(
    (ws) =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('corroborate');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const names = Array.from(db.objectStoreNames);
          const tx = db.transaction(names);
          const counts: Record<string, number> = {};
          for (const name of names) {
            const store = tx.objectStore(name);
            // Every other store is keyed [workspaceId, …]: from [ws] up to [ws, []] (an array sorts after any string).
            const request = store.count(name === 'workspaces' ? ws : IDBKeyRange.bound([ws], [ws, []]));
            request.onsuccess = () => {
              counts[name] = request.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
          tx.onerror = () => reject(tx.error ?? new Error('count failed'));
        };
      }),
    ws,
  );
}

/** Edits reported saved whose value the stored claim no longer holds. */
function countLost(stored: Record<string, unknown> | null, saved: Record<string, string>): number {
  return Object.entries(saved).filter(([field, value]) => stored?.[field] !== value).length;
}

async function save(form: Locator): Promise<void> {
  await form.getByRole('button', { name: 'Save the claim' }).click();
}

/** The rows the conflict view marks as differing, by field name. */
/** The fields the panel marks as differing; polled, since the table is drawn once the stored version is read. */
async function differingFields(panel: Locator): Promise<string[]> {
  const headers = await panel.locator('tr.differs th').allTextContents();
  return headers.map((h) => h.replace(/\s*(differs|both changed)$/, ''));
}

function bundleWithNotes(notes: string): string {
  const dataset = loadShippedDataset();
  dataset.claims = dataset.claims.map((c) => (c.id === CLAIM ? { ...c, notes } : c));
  const texts = new Map(dataset.articles.map((a) => [a.file, readArticleText(a.file)]));
  return JSON.stringify(toBundle({ dataset, texts, grades: { sources: [], claims: [] } }));
}

async function chooseBundle(page: Page, name: string, text: string): Promise<void> {
  await page
    .getByLabel('Bundle file (.json.gz or .json)')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  await expect(page.getByRole('heading', { name: `“${name}” is valid` })).toBeVisible({ timeout: 15_000 });
}

test('two tabs edit the same claim: the second is shown both versions and keeps both changes', async ({ page, context }) => {
  const ws = await createFromPublished(page, 'Two tabs');
  const [tabB] = await newTabs(context, 1);
  if (!tabB) throw new Error('no tab');
  const formA = await openClaimForm(page, ws);
  const formB = await openClaimForm(tabB, ws);

  await formA.getByLabel('Notes (optional)').fill('Checked by A');
  await save(formA);
  await expect(page.getByRole('status').filter({ hasText: UPDATED })).toBeVisible();

  // Tab B is told at once, before it saves.
  await expect(formB.getByText(CHANGED_NOTICE)).toBeVisible();
  await formB.getByLabel('Place').fill('Tadmur');
  await save(formB);
  const panel = tabB.getByRole('region', { name: CHANGED_PANEL });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: CHANGED_PANEL })).toBeFocused();
  await expect.poll(() => differingFields(panel)).toEqual(['Place', 'Notes']);
  await expect(panel.getByRole('row', { name: /^Notes/ })).toContainText('Checked by A');
  // Nothing of B's is written until B chooses.
  expect(await storedRecord(tabB, 'claims', ws, CLAIM)).toMatchObject({ notes: 'Checked by A', place: 'Palmyra' });

  await panel.getByRole('button', { name: 'Save the fields picked above' }).click();
  await expect(tabB.getByRole('status').filter({ hasText: UPDATED })).toBeVisible();
  const stored = await storedRecord(page, 'claims', ws, CLAIM);
  lostUpdates = countLost(stored, { notes: 'Checked by A', place: 'Tadmur' });
  expect(stored).toMatchObject({ notes: 'Checked by A', place: 'Tadmur' });
  // Tab A shows B's change without a reload.
  await page.getByRole('button', { name: EDIT_BUTTON, exact: true }).click();
  await expect(page.getByRole('form', { name: 'Edit the claim' }).getByLabel('Place')).toHaveValue('Tadmur');
});

test('three tabs edit the same claim: every edit survives', async ({ page, context }) => {
  const ws = await createFromPublished(page, 'Three tabs');
  const [tabB, tabC] = await newTabs(context, 2);
  if (!tabB || !tabC) throw new Error('no tab');
  const formA = await openClaimForm(page, ws);
  const formB = await openClaimForm(tabB, ws);
  const formC = await openClaimForm(tabC, ws);

  await formA.getByLabel('Notes (optional)').fill('Notes from A');
  await save(formA);
  await expect(page.getByRole('status').filter({ hasText: UPDATED })).toBeVisible();

  await formB.getByLabel('Place').fill('Place from B');
  await save(formB);
  const panelB = tabB.getByRole('region', { name: CHANGED_PANEL });
  await expect.poll(() => differingFields(panelB)).toEqual(['Place', 'Notes']);
  await panelB.getByRole('button', { name: 'Save the fields picked above' }).click();
  await expect(tabB.getByRole('status').filter({ hasText: UPDATED })).toBeVisible();

  await expect(formC.getByText(CHANGED_NOTICE)).toBeVisible();
  await formC.getByLabel('Evidence for that day').fill('Evidence from C');
  await save(formC);
  const panelC = tabC.getByRole('region', { name: CHANGED_PANEL });
  await expect.poll(() => differingFields(panelC)).toEqual(['Stated on', 'Place', 'Notes']);
  await panelC.getByRole('button', { name: 'Save the fields picked above' }).click();
  await expect(tabC.getByRole('status').filter({ hasText: UPDATED })).toBeVisible();

  const stored = await storedRecord(page, 'claims', ws, CLAIM);
  const saved = { notes: 'Notes from A', place: 'Place from B', statedOnEvidence: 'Evidence from C' };
  lostUpdates = countLost(stored, saved);
  expect(stored).toMatchObject(saved);
});

test('an edit against a delete: the claim stays deleted until the user restores it with their changes', async ({ page, context }) => {
  const ws = await createFromPublished(page, 'Edit and delete');
  const [tabB] = await newTabs(context, 1);
  if (!tabB) throw new Error('no tab');
  const formA = await openClaimForm(page, ws);
  await tabB.goto(`/workbench/articles/a-000?ws=${ws}`);
  await tabB.getByRole('button', { name: `Delete the claim “${FIGURE}”`, exact: true }).click({ timeout: 20_000 });
  await expect(tabB.getByRole('status').filter({ hasText: `Deleted the claim “${FIGURE}”.` })).toBeVisible();

  await expect(
    formA.getByText('This claim was deleted in another tab. Your save will ask whether to restore it with your changes.'),
  ).toBeVisible();
  await formA.getByLabel('Notes (optional)').fill('Still needed');
  await save(formA);
  const panel = page.getByRole('region', { name: 'Someone deleted this claim in another tab after you opened it' });
  await expect(panel).toBeVisible();
  // The refused save did not bring it back.
  expect(await storedRecord(page, 'claims', ws, CLAIM)).toBeNull();

  await panel.getByRole('button', { name: 'Restore it with my changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: UPDATED })).toBeVisible();
  const stored = await storedRecord(page, 'claims', ws, CLAIM);
  lostUpdates = countLost(stored, { notes: 'Still needed' });
  expect(stored).toMatchObject({ notes: 'Still needed', place: 'Palmyra' });
  // Tab B sees it back without a reload.
  await expect(tabB.getByRole('button', { name: EDIT_BUTTON, exact: true })).toBeVisible();
});

test('an edit against a merge: a form opened before the bundle was merged asks which version to keep', async ({ page, context }) => {
  const ws = await createFromPublished(page, 'Edit and merge');
  const [tabB] = await newTabs(context, 1);
  if (!tabB) throw new Error('no tab');
  const formB = await openClaimForm(tabB, ws);

  await page.goto(`/workbench?ws=${ws}`);
  await chooseBundle(page, 'update.json', bundleWithNotes('Notes from the bundle'));
  await page.getByRole('button', { name: 'Merge into “Edit and merge”' }).click();
  await expect(page.getByText('Merged “update.json” into “Edit and merge”.')).toBeVisible();

  await expect(formB.getByText(CHANGED_NOTICE)).toBeVisible();
  await formB.getByLabel('Place').fill('Tadmur');
  await save(formB);
  const panel = tabB.getByRole('region', { name: CHANGED_PANEL });
  await expect.poll(() => differingFields(panel)).toEqual(['Place', 'Notes']);
  await panel.getByRole('button', { name: 'Save the fields picked above' }).click();
  await expect(tabB.getByRole('status').filter({ hasText: UPDATED })).toBeVisible();

  const stored = await storedRecord(page, 'claims', ws, CLAIM);
  lostUpdates = countLost(stored, { notes: 'Notes from the bundle', place: 'Tadmur' });
  expect(stored).toMatchObject({ notes: 'Notes from the bundle', place: 'Tadmur' });
});

for (const timing of ['before the merge is confirmed', 'at the moment the merge is confirmed'] as const) {
  test(`a workspace deleted in one tab ${timing} in another: a clear message, nothing left behind`, async ({ page, context }) => {
    const keepId = await createFromPublished(page, 'Keep');
    const keepBefore = await rowCounts(page, keepId);
    const doomed = await createFromPublished(page, 'Doomed');
    const [tabB] = await newTabs(context, 1);
    if (!tabB) throw new Error('no tab');

    await chooseBundle(page, 'update.json', bundleWithNotes('Notes from the bundle'));
    const mergeButton = page.getByRole('button', { name: 'Merge into “Doomed”' });
    await expect(mergeButton).toBeEnabled();
    await tabB.goto(`/workbench?ws=${keepId}`);
    await tabB.getByRole('button', { name: 'Delete Doomed', exact: true }).click();
    const confirmDelete = tabB.getByRole('button', { name: 'Yes, delete it' });

    if (timing === 'before the merge is confirmed') {
      await confirmDelete.click();
      await expect(tabB.getByText('Deleted “Doomed”.')).toBeVisible();
      await expect(page.getByText('The workspace in the link does not exist in this browser (it may have been deleted).')).toBeVisible();
      await page.getByRole('button', { name: /^Merge into/ }).click();
      const refusal = page.getByRole('alert').filter({ hasText: 'could not be merged' });
      await expect(refusal).toContainText('This workspace does not exist (it may have been deleted in another tab).');
      await expect(refusal).toContainText('Nothing was imported; your workspaces are unchanged.');
    } else {
      await Promise.all([mergeButton.click(), confirmDelete.click()]);
      await expect(tabB.getByText('Deleted “Doomed”.')).toBeVisible();
      // Whichever ran first, tab A says what happened to its merge.
      await expect(page.getByText(/Merged “update\.json” into “Doomed”\.|“update\.json” could not be merged/)).toBeVisible();
    }

    // Nothing of the deleted workspace is left, and the other one is whole.
    expect(Object.values(await rowCounts(page, doomed)).every((n) => n === 0)).toBe(true);
    const keepAfter = await rowCounts(page, keepId);
    lostRecords = Object.keys(keepBefore).reduce((n, k) => n + Math.max(0, (keepBefore[k] ?? 0) - (keepAfter[k] ?? 0)), 0);
    expect(keepAfter).toEqual(keepBefore);
    await expect(tabB.getByText('Workspace: Keep')).toBeVisible();
  });
}
