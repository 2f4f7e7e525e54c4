// Steps the workspace journeys share.
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** Copies the published dataset into a new workspace through the workbench, as a user would, and returns its id. */
export async function createFromPublished(page: Page, name: string): Promise<string> {
  await page.goto('/workbench');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Copy the published dataset' }).click();
  await expect(page.getByText(`Created “${name}” from the published dataset; it is now open.`)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(`Workspace: ${name}`)).toBeVisible();
  const ws = new URL(page.url()).searchParams.get('ws');
  if (ws === null) throw new Error('The workbench did not open the new workspace.');
  return ws;
}
