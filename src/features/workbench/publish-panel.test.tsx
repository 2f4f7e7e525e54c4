import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDb, setDbForTesting } from '../../service/store/workspace-db';
import { createWorkspace, setClaimGrade } from '../../service/store/workspaces';
import { fromDataPackage, unzipDataPackage } from '../../domain/exports/data-package';
import { loadShippedDataset, readArticleText } from '../../testing/real-dataset';
import { renderWithProviders } from '../../testing/render';
import { WorkbenchPage } from './workbench-page';

const dataset = loadShippedDataset();

beforeEach(async () => {
  const db = createDb(new IDBFactory(), IDBKeyRange);
  await db.open();
  setDbForTesting({ db, persistent: true, reason: null });
});

/** The files the page hands to the browser to save, read back as they would land on disk. */
function captureDownloads(): Blob[] {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:download';
  });
  // The browser's save step: happy-dom would navigate to the blob address instead.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return blobs;
}

async function openWorkspace() {
  const ws = await createWorkspace('Palmyra check', 'published', {
    dataset,
    texts: new Map(dataset.articles.map((a) => [a.file, readArticleText(a.file)])),
  });
  renderWithProviders(<WorkbenchPage />, { route: `/workbench?ws=${ws.id}` });
  return ws;
}

describe('exports for other tools', () => {
  it('downloads a Data Package whose claims read back equal to the workspace’s', async () => {
    const blobs = captureDownloads();
    await openWorkspace();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Download Data Package' }));
    expect(await screen.findByText('Downloaded “Palmyra check” as a Data Package.')).toBeInTheDocument();
    const files = unzipDataPackage(new Uint8Array(await (blobs.at(-1) as Blob).arrayBuffer()));
    const back = fromDataPackage(files);
    if (!back.ok) throw new Error(back.errors.join('\n'));
    expect(back.dataset.claims).toEqual(dataset.claims);
  });

  it('downloads one web annotation per quote', async () => {
    const blobs = captureDownloads();
    await openWorkspace();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Download web annotations' }));
    expect(await screen.findByText(`Downloaded ${dataset.claims.length} web annotations, one per quote.`)).toBeInTheDocument();
    const collection = JSON.parse(await (blobs.at(-1) as Blob).text()) as { total: number; first: { items: unknown[] } };
    expect(collection.total).toBe(dataset.claims.length);
    expect(collection.first.items).toHaveLength(dataset.claims.length);
  });

  it('makes ClaimReview only for claims the analyst graded, and says so when there are none', async () => {
    const blobs = captureDownloads();
    const ws = await openWorkspace();
    const user = userEvent.setup();
    const button = await screen.findByRole('button', { name: 'Download ClaimReview' });
    expect(button).toBeDisabled();
    await user.type(screen.getByLabelText('Published by (your newsroom or name)'), 'Example Desk');
    await user.click(button);
    expect(await screen.findByText(/No claim here has a credibility grade of yours yet/)).toBeInTheDocument();
    expect(blobs).toHaveLength(0);

    const graded = dataset.claims[3]?.id ?? '';
    await setClaimGrade(ws.id, graded, { grade: 2, reason: 'Two monitors agree' });
    await user.click(button);
    expect(await screen.findByText('Downloaded 1 ClaimReview, one per claim you graded.')).toBeInTheDocument();
    const reviews = JSON.parse(await (blobs.at(-1) as Blob).text()) as { url: string; author: { name: string } }[];
    expect(reviews).toHaveLength(1);
    expect(reviews[0]?.url).toContain(`/claims/${graded}?ws=${ws.id}`);
    expect(reviews[0]?.author.name).toBe('Example Desk');
  });
});
