// Authoring a story in the workbench: three views become three steps, the steps are reordered and edited, the story goes
// out with the workspace's export, comes back in an import, and is presented from the keyboard.
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import type { Story } from '../src/domain/schema.ts';
import { stagesOf } from '../src/domain/story-steps.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { createFromPublished } from './workspaces.ts';

const TITLE = 'Raids, sorties and ruins';

/** Opens the dialog on the view shown and fills in a step; the story is picked by its option's label. */
async function fillStep(page: Page, step: { story: string; storyTitle?: string; title: string; narration: string; reveal: string }) {
  await page.getByRole('button', { name: 'Add this view to a story' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add this view to a story' });
  await dialog.getByLabel('Story', { exact: true }).selectOption({ label: step.story });
  if (step.storyTitle) await dialog.getByLabel('Title of the new story').fill(step.storyTitle);
  await dialog.getByLabel('Step title').fill(step.title);
  await dialog.getByLabel('Narration').fill(step.narration);
  await dialog.getByLabel('What the step reveals').fill(step.reveal);
  await dialog.getByRole('button', { name: 'Add the step' }).click();
  return dialog;
}

test('a teacher builds a three-step story, reorders it, exports it with the workspace, imports it and presents it', async ({ page }) => {
  // Two full workspace copies and a round trip: on a loaded two-core machine this is longer than one view.
  test.setTimeout(120_000);
  const ws = await createFromPublished(page, 'Lesson');

  await page.goto(`/compare/air-raids-palmyra-2016?ws=${ws}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  let dialog = await fillStep(page, {
    story: 'A new story…',
    storyTitle: TITLE,
    title: 'Two counts',
    narration: 'Two figures for one fortnight over one city.',
    reveal: 'An activist group counted raids from the ground; a ministry counted sorties flown.',
  });
  await expect(dialog.getByRole('status')).toHaveText(`Added as step 1 of “${TITLE}”.`);
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // A narration that names a source of the step before the reveal is refused, naming the step and the field.
  await page.goto(`/compare/ancient-site-intact-palmyra-2016?ws=${ws}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  dialog = await fillStep(page, {
    story: `${TITLE} (1 step)`,
    title: 'How much of the site stands?',
    narration: 'Two estimates of the ancient site, one reported by AFP.',
    reveal: 'The antiquities chief and an activist disagree.',
  });
  const refusal = dialog.getByRole('alert');
  await expect(refusal).toContainText('The step was not added:');
  await expect(refusal).toContainText(/Step 2, narration: Names "AFP/);
  await dialog.getByLabel('Narration').fill('Two estimates of the ancient site.');
  await dialog.getByRole('button', { name: 'Add the step' }).click();
  await expect(dialog.getByRole('status')).toHaveText(`Added as step 2 of “${TITLE}”.`);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.goto(`/timeline?ws=${ws}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  dialog = await fillStep(page, {
    story: `${TITLE} (2 steps)`,
    title: 'When each figure was said',
    narration: 'The figures in the order they were stated.',
    reveal: 'The counts were made weeks apart.',
  });
  await expect(dialog.getByRole('status')).toHaveText(`Added as step 3 of “${TITLE}”.`);
  await dialog.getByRole('link', { name: 'Edit the story' }).click();

  // The editor: the third step moves up with the keyboard, and the first gets a question.
  await expect(page.getByRole('heading', { level: 1, name: `Edit the story: ${TITLE}` })).toBeVisible();
  const steps = page.getByRole('region', { name: 'Steps' }).getByRole('heading', { level: 3 });
  await expect(steps).toHaveText(['Step 1: Two counts', 'Step 2: How much of the site stands?', 'Step 3: When each figure was said']);
  await page.getByRole('button', { name: 'Move up step 3' }).focus();
  await page.keyboard.press('Enter');
  await expect(steps).toHaveText(['Step 1: Two counts', 'Step 2: When each figure was said', 'Step 3: How much of the site stands?']);
  // Focus followed the step to its new place.
  await expect(page.getByRole('button', { name: 'Move up step 2' })).toBeFocused();

  await page.getByRole('button', { name: 'Edit step 1' }).click();
  const form = page.getByRole('form', { name: 'Edit step 1' });
  await form.getByLabel('Kind of question').selectOption('choice');
  await form.getByLabel('Question', { exact: true }).fill('Which count is more plausible?');
  await form.getByLabel('Answer 1', { exact: true }).fill('More than 900 raids in two weeks');
  await form.getByLabel('Answer 2', { exact: true }).fill('20 to 25 sorties a day');
  await form.getByRole('button', { name: 'Save the step' }).click();
  await expect(page.getByText('Step 1 saved.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Steps' })).toContainText('asks a multiple-choice question');
  await expectNoAxeViolations(page);

  // The story goes out with the workspace…
  await page.goto(`/workbench?ws=${ws}`);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export this workspace' }).click()]);
  const bytes = await readFile(await file.path());
  const bundle = JSON.parse(gunzipSync(bytes).toString('utf8')) as { stories?: Story[] };
  const story = bundle.stories?.find((s) => s.title === TITLE);
  expect(story?.steps.map((s) => [s.title, s.view.path])).toEqual([
    ['Two counts', '/compare/air-raids-palmyra-2016'],
    ['When each figure was said', '/timeline'],
    ['How much of the site stands?', '/compare/ancient-site-intact-palmyra-2016'],
  ]);
  if (!story) throw new Error('the story is not in the export');

  // …and comes back in a new workspace, where it is presented from the keyboard.
  await page
    .getByLabel('Bundle file (.json.gz or .json)')
    .setInputFiles({ name: file.suggestedFilename(), mimeType: 'application/gzip', buffer: bytes });
  await page.getByLabel('Name of the new workspace').fill('Lesson, imported');
  await page.getByRole('button', { name: 'Import as a new workspace' }).click();
  await expect(page.getByText('Workspace: Lesson, imported')).toBeVisible();
  await page.getByRole('link', { name: 'Classroom', exact: true }).click();
  const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: TITLE }) });
  await item.getByRole('link', { name: 'Present in blind mode' }).click();
  for (const [i, step] of story.steps.entries()) {
    await expect(page.getByRole('heading', { level: 1, name: step.title })).toBeVisible();
    await expect(page.getByText(`Step ${i + 1} of 3`)).toBeVisible();
    const stages = stagesOf(step, true).length;
    for (let stage = 1; stage < stages; stage++) {
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(new RegExp(`step=${i + 1}&reveal=${stage}`));
    }
    if (i < story.steps.length - 1) await page.keyboard.press('ArrowRight');
  }
  await expect(page.getByRole('region', { name: 'What this step reveals' })).toContainText(
    'The antiquities chief and an activist disagree.',
  );
});
